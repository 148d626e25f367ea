namespace Clausier.Core.Evaluation;

/// <summary>
/// Share of a point's weight an answer earns, between 0 and 1 (docs/evaluate.md, "Barème").
/// Partiel earns <see cref="PartialWithPlan"/> only with a dated compliance plan; Non concerné earns
/// <see cref="NotApplicable"/> only when justified; a description earns <see cref="Described"/> when supplied.
/// </summary>
public sealed record ScoringScale(double Oui, double PartialWithPlan, double NotApplicable, double Non, double NoAnswer, double Described)
{
    public static ScoringScale Default { get; } = new(1, 0.5, 1, 0, 0, 1);
}
