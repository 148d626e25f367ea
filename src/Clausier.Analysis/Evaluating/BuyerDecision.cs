using Clausier.Core.Diagnostics;

namespace Clausier.Analysis.Evaluating;

/// <summary>
/// A decision the buyer recorded in the decisions file (docs/evaluate.md): a point accepted after
/// clarification or regularisation, or a point's score set by hand, always with its reason.
/// </summary>
/// <param name="Point">Null for a decision about the whole annex (an accepted annex-level finding).</param>
/// <param name="Accept">The findings on the point are accepted (after clarification or regularisation).</param>
/// <param name="Share">Share of the point's weight awarded instead of the computed one, between 0 and 1.</param>
public sealed record BuyerDecision(string Candidate, string? Point, bool Accept, double? Share, string Reason, SourceLocation? Location);
