namespace Clausier.Analysis;

/// <summary>Several candidates' answers to the same annex, side by side; built by <see cref="CandidateComparison.Build"/>.</summary>
/// <param name="Forced">The candidates do not all answer the same consultation or catalogue version, and the comparison was forced.</param>
public sealed record Comparison(
    ComparedTender Tender,
    IReadOnlyList<ComparedPoint> Points,
    IReadOnlyList<ComparedSection> Sections,
    IReadOnlyList<ComparedCandidate> Candidates,
    IReadOnlyList<ExcludedFile> Excluded,
    bool Forced)
{
    /// <summary>The definition of the compliance rate, in French, as the outputs print it.</summary>
    public const string RateDefinition =
        "Taux de conformité = (Oui + Non concerné) / points appelant un statut. Partiel, Non et l'absence de réponse comptent comme non conformes.";
}
