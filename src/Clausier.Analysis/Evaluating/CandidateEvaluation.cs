namespace Clausier.Analysis.Evaluating;

/// <summary>One candidate's regularity, scores and rank.</summary>
/// <param name="Total">Exact sum of the section scores.</param>
/// <param name="Rank">1 for the best; equal for ex-aequo candidates; null for an irregular offer, which is not ranked.</param>
public sealed record CandidateEvaluation(
    ComparedCandidate Candidate,
    IReadOnlyList<RegularityFinding> Findings,
    Regularity Regularity,
    IReadOnlyList<SectionScore> Sections,
    double Total,
    int? Rank,
    bool Tied)
{
    public string Name => Candidate.Name;

    /// <summary>The total as every output shows it and as candidates are ranked: rounded half away from zero to 2 decimals.</summary>
    public double Rounded => Math.Round(Total, 2, MidpointRounding.AwayFromZero);

    public IEnumerable<PointScore> Points => Sections.SelectMany(s => s.Points);

    public IEnumerable<RegularityFinding> OpenFindings => Findings.Where(f => f.Open);

    /// <summary>The findings as the buyer reads them: integrity first, then from the most to the least serious action, each in grid order.</summary>
    public IEnumerable<RegularityFinding> FindingsIntegrityFirst => Findings.OrderBy(f => f.IsIntegrity ? 0 : 1).ThenBy(f => f.Action);

    /// <summary>What a letter asks the candidate: the open findings that call for regularisation or clarification.</summary>
    public IEnumerable<RegularityFinding> Requests => OpenFindings.Where(f => f.Action != SuggestedAction.Irregular);
}
