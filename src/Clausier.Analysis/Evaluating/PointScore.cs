using Clausier.Core.Evaluation;

namespace Clausier.Analysis.Evaluating;

/// <summary>What one answer earns: the share of the point's value the scale gives, and why.</summary>
/// <param name="ComputedShare">The scale's share before any decision.</param>
/// <param name="Share">The share awarded: <paramref name="ComputedShare"/>, or the buyer's adjustment.</param>
/// <param name="Basis">The scale's rule that applied, in French (« Oui », « Partiel avec plan daté »…).</param>
public sealed record PointScore(GridPoint Point, PointOutcome Outcome, string Basis, double ComputedShare, double Share, BuyerDecision? Adjustment)
{
    /// <summary>Points of the sub-criterion earned: <see cref="Share"/> × the point's value.</summary>
    public double Earned => Share * Point.Value;
}
