using Clausier.Core.Forms;

namespace Clausier.Forms.Library;

/// <summary>One answer a candidate gave to one control point, as kept in an answer library.</summary>
/// <param name="ClauseSha256">Hash of the clause text the answer was given to (manifest <c>sha256</c>); null when unknown.</param>
/// <param name="Clause">The normalised clause text answered, when the returned annex was read; it lets a review say what changed.</param>
public sealed record LibraryAnswer(
    string PointId,
    string? ClauseSha256,
    AnswerStatus? Status,
    string? Answer,
    string? Evidence,
    DateOnly? Date,
    string? Clause = null)
{
    public bool IsEmpty => Status is null && string.IsNullOrWhiteSpace(Answer) && string.IsNullOrWhiteSpace(Evidence) && Date is null;

    /// <summary>Whether two answers say the same thing (status, text, evidence, date), whatever clause they answered.</summary>
    public bool SameContent(LibraryAnswer other) =>
        Status == other.Status
        && string.Equals(Answer ?? "", other.Answer ?? "", StringComparison.Ordinal)
        && string.Equals(Evidence ?? "", other.Evidence ?? "", StringComparison.Ordinal)
        && Date == other.Date;
}
