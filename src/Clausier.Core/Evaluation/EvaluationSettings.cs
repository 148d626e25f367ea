using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;

namespace Clausier.Core.Evaluation;

/// <summary>
/// The <c>evaluation</c> block of a tender (docs/tender-format.md): importance overrides, weights and the scale.
/// </summary>
/// <param name="Criterion">Name of the sub-criterion in the RC, e.g. « Sécurité ».</param>
/// <param name="Total">Declared sum of the section weights (the points of the sub-criterion); null for "whatever they add up to".</param>
/// <param name="SectionWeights">Weight per section number; a point is scored under the most specific listed section holding it.</param>
/// <param name="PointWeights">Weight of a point within its section (default 1).</param>
public sealed record EvaluationSettings(
    string Criterion,
    Located<double>? Total,
    IReadOnlyList<KeyValuePair<string, Located<double>>> SectionWeights,
    IReadOnlyDictionary<string, Located<double>> PointWeights,
    ImportanceRules Importance,
    ScoringScale Scale,
    SourceLocation? Location = null)
{
    public const string DefaultCriterion = "Sécurité";

    public const double DefaultTotal = 100;

    public static EvaluationSettings Default { get; } = new(DefaultCriterion, null, [],
        new Dictionary<string, Located<double>>(StringComparer.Ordinal), ImportanceRules.None, ScoringScale.Default);
}
