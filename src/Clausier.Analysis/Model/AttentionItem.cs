namespace Clausier.Analysis;

/// <summary>One line of the « Points d’attention » list.</summary>
/// <param name="PointId">Null for a problem of the whole annex.</param>
/// <param name="Justification">What the candidate wrote for the point (answer text), when anything.</param>
/// <param name="Detail">Why the line is there when the kind alone does not tell, in French for the buyer: the reader's message (<see cref="Clausier.Forms.Problem.FrenchMessage"/>), a date…</param>
/// <param name="Code">The reader's problem code (<c>CLZ4xxx</c>) or comparison diagnostic id behind the line, if any.</param>
public sealed record AttentionItem(string? PointId, string? Title, AttentionKind Kind, string? Justification, string? Detail, string? Code)
{
    public bool IsIntegrity => Kind >= AttentionKind.ClauseAltered;
}
