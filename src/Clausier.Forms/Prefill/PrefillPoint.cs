namespace Clausier.Forms.Prefill;

/// <summary>What prefilling did with one point of the annex.</summary>
public enum PrefillOutcome
{
    /// <summary>Filled from an answer to the same clause (same point id, same clause hash).</summary>
    Filled,

    /// <summary>Filled from an answer to another wording of the clause: the candidate must check it (a Word comment says what changed).</summary>
    Review,

    /// <summary>No previous answer: left empty with its placeholder.</summary>
    Missing,
}

/// <summary>One point of the prefilled annex and where its answer came from.</summary>
/// <param name="Answer">What was written; null when <see cref="PrefillOutcome.Missing"/>.</param>
/// <param name="Source">File the answer was taken from, with its <paramref name="SourceDate"/>.</param>
/// <param name="Change">For a review: what changed in the clause, in French (also the comment's text).</param>
/// <param name="ConflictSources">Other answers to the same clause that say something else (conflict): file names, newest first.</param>
/// <param name="NotFilled">Fields of the previous answer that could not be written (French reasons).</param>
public sealed record PrefillPoint(
    string PointId,
    string? Title,
    PrefillOutcome Outcome,
    Library.LibraryAnswer? Answer,
    string? Source,
    DateOnly? SourceDate,
    string? Change,
    IReadOnlyList<string> ConflictSources,
    IReadOnlyList<string> NotFilled)
{
    public bool HasConflict => ConflictSources.Count > 0;
}
