using Clausier.Core.Model;

namespace Clausier.Core.Selection;

/// <summary>A point the lot's segment selects but the tender took out of this annex.</summary>
/// <param name="Reason">The derogation's reason, or the segment option's label; null when the tender gives none.</param>
public sealed record ExcludedPoint(ControlPoint Point, ExclusionScope Scope, string? Reason);
