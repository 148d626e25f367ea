using Clausier.Core.Diagnostics;

namespace Clausier.Core.Model;

/// <summary>A market segment (purchase category) that selects which control points apply.</summary>
/// <param name="Id">Stable identifier used on the command line and in tenders, e.g. <c>biomedical</c>.</param>
/// <param name="Label">French label shown to buyers.</param>
public sealed record Segment(string Id, string Label, string Description, SourceLocation? Location = null)
{
    /// <summary>The pseudo-segment meaning "every segment".</summary>
    public const string All = "all";
}
