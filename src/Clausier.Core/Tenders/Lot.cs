using Clausier.Core.Diagnostics;

namespace Clausier.Core.Tenders;

/// <summary>One lot of a tender; its segment selects the control points of its annex.</summary>
/// <param name="Number">Lot number as written ("1", "2"…).</param>
public sealed record Lot(string Number, string Title, Located<string> Segment, SourceLocation? Location = null)
{
    /// <summary>Points added to this lot only, on top of the tender-wide <c>include_points</c>.</summary>
    public IReadOnlyList<Located<string>> IncludePoints { get; init; } = [];

    /// <summary>Points removed from this lot only, on top of the tender-wide <c>exclude_points</c>.</summary>
    public IReadOnlyList<Located<string>> ExcludePoints { get; init; } = [];

    /// <summary>Options the catalogue declares for the lot's segment (e.g. devices without user accounts).</summary>
    public IReadOnlyList<Located<string>> SegmentOptions { get; init; } = [];
}
