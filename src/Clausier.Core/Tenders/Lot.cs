using Clausier.Core.Diagnostics;

namespace Clausier.Core.Tenders;

/// <summary>One lot of a tender; its segment selects the control points of its annex.</summary>
/// <param name="Number">Lot number as written ("1", "2"…).</param>
public sealed record Lot(string Number, string Title, Located<string> Segment, SourceLocation? Location = null);
