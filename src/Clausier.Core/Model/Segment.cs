using Clausier.Core.Diagnostics;

namespace Clausier.Core.Model;

/// <summary>A market segment (purchase category) that selects which control points apply.</summary>
/// <param name="Id">Stable identifier used on the command line and in tenders, e.g. <c>biomedical</c>.</param>
/// <param name="Label">French label shown to buyers.</param>
public sealed record Segment(string Id, string Label, string Description, SourceLocation? Location = null)
{
    /// <summary>The pseudo-segment meaning "every segment".</summary>
    public const string All = "all";

    /// <summary>Variants a lot of this segment may choose (catalogue.yml <c>options</c>).</summary>
    public IReadOnlyList<SegmentOption> Options { get; init; } = [];

    public SegmentOption? FindOption(string id) => Options.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));
}
