using Clausier.Core.Diagnostics;

namespace Clausier.Core.Model;

/// <summary>
/// A variant of a segment a lot may choose, which leaves out points that cannot apply to it: medical
/// devices without user accounts of their own have no account life cycle to synchronise.
/// </summary>
/// <param name="Id">Identifier a tender lot writes in <c>segment_options</c>.</param>
/// <param name="ExcludePoints">Points the option leaves out of the lot's annex.</param>
public sealed record SegmentOption(string Id, string Label, string Description, IReadOnlyList<string> ExcludePoints, SourceLocation? Location = null);
