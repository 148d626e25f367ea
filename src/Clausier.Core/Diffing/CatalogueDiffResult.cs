using Clausier.Core.Diagnostics;

namespace Clausier.Core.Diffing;

/// <summary>
/// The outcome of <see cref="CatalogueDiff.Compare"/>: every point id that differs, in id order, and
/// writers for a console report (<see cref="ToText"/>), tools (<see cref="ToJson"/>) and a French
/// change report in annex Markdown (<see cref="ToMarkdown"/>, docs/annex-markdown.md) for the Word writer.
/// </summary>
/// <param name="SharedPointCount">Point ids present in both catalogues.</param>
/// <param name="Points">Only ids with at least one change; unchanged shared points are counted, not listed.</param>
public sealed partial record CatalogueDiffResult(
    CatalogueSummary Old,
    CatalogueSummary New,
    int SharedPointCount,
    IReadOnlyList<PointDiff> Points,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<PointDiff> Added => Points.Where(p => p.Has(PointChanges.Added));

    public IEnumerable<PointDiff> Removed => Points.Where(p => p.Has(PointChanges.Removed));

    /// <summary>Shared points with at least one change.</summary>
    public IEnumerable<PointDiff> Changed => Points.Where(p => !p.Has(PointChanges.Added) && !p.Has(PointChanges.Removed));

    public int UnchangedCount => SharedPointCount - Changed.Count();

    public bool HasChanges => Points.Count > 0;

    public int Count(PointChanges change) => Points.Count(p => p.Has(change));
}
