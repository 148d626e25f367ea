using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Prefill;

/// <summary>The prefilled annex and its report.</summary>
/// <param name="File">The buyer's annex as the user named it.</param>
/// <param name="Docx">The prefilled annex; null when the annex could not be prefilled (then <see cref="Problems"/> says why).</param>
/// <param name="Points">One entry per point of the annex, in its order.</param>
/// <param name="Problems">What needs the candidate (reviews, conflicts, fields not filled, missing answers) and what went wrong.</param>
public sealed record PrefillResult(string File, byte[]? Docx, IReadOnlyList<PrefillPoint> Points, IReadOnlyList<Problem> Problems)
{
    /// <summary>0: every point filled from an answer to the same clause; 1: something to review, check or answer; 2: unusable input.</summary>
    public int ExitCode => Docx is null ? ParseExitCode.Unreadable
        : Points.Any(p => p.Outcome != PrefillOutcome.Filled || p.HasConflict || p.NotFilled.Count > 0) || Problems.Any(p => p.Severity != DiagnosticSeverity.Info)
            ? ParseExitCode.Problems
            : ParseExitCode.Ok;

    public int Filled => Points.Count(p => p.Outcome == PrefillOutcome.Filled);

    public int ToReview => Points.Count(p => p.Outcome == PrefillOutcome.Review);

    public int Missing => Points.Count(p => p.Outcome == PrefillOutcome.Missing);

    public int Conflicts => Points.Count(p => p.HasConflict);

    internal static PrefillResult Unusable(string file, IReadOnlyList<Problem> problems) => new(file, null, [], problems);
}
