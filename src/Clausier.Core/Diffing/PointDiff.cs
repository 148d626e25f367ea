using Clausier.Core.Model;

namespace Clausier.Core.Diffing;

/// <summary>The differences for one point id. Titles are plain text (Markdown removed); absent sides are null.</summary>
/// <param name="Text">Word runs from the old text to the new one; empty for an added or removed point, or a text too long to diff.</param>
/// <param name="Similarity">Share of the words of both texts that are kept (2 × kept / (old + new)), from 0 to 1; null when not computed.</param>
public sealed record PointDiff(
    string Id,
    PointChanges Changes,
    string? OldTitle,
    string? NewTitle,
    AnswerType? OldAnswerType,
    AnswerType? NewAnswerType,
    IReadOnlyList<string> ReferencesRemoved,
    IReadOnlyList<string> ReferencesAdded,
    IReadOnlyList<WordRun> Text,
    double? Similarity)
{
    public bool Has(PointChanges change) => (Changes & change) == change;

    /// <summary>The title to show: the new one, or the old one for a removed point.</summary>
    public string Title => NewTitle ?? OldTitle ?? "";
}
