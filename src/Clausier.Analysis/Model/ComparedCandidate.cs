using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>One candidate of a comparison and everything computed about its answers.</summary>
/// <param name="Name">The company from the candidate block, else the file name; made unique within the comparison.</param>
/// <param name="Answers">One per point of <see cref="Comparison.Points"/>, in the same order.</param>
/// <param name="Sections">One per section of <see cref="Comparison.Sections"/>, in the same order.</param>
/// <param name="Attention">Points and problems needing attention, the annex's own first, then in point order.</param>
public sealed record ComparedCandidate(
    string Name,
    string File,
    CandidateInfo Info,
    AnnexDocument? Document,
    IReadOnlyList<CandidateAnswer> Answers,
    StatusCounts Counts,
    ComplianceRate Overall,
    IReadOnlyList<ComplianceRate> Sections,
    IReadOnlyList<AttentionItem> Attention)
{
    public int IntegrityProblems => Attention.Count(a => a.IsIntegrity);
}
