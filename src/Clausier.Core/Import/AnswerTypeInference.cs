using System.Text.RegularExpressions;
using Clausier.Core.Model;

namespace Clausier.Core.Import;

/// <summary>
/// The expected answer a node's <c>typical_evidence</c> implies (DOMAIN.md §5): <c>OUI/NON</c>,
/// <c>OUI/NON/NC</c>, nothing, a description that may be "NC", or a description; for the last two the
/// documents named become the point's "Justificatifs attendus".
/// </summary>
internal static partial class AnswerTypeInference
{
    private static readonly HashSet<string> YesNo = new(StringComparer.Ordinal) { "OUI/NON", "OUI-NON", "YES/NO" };

    private static readonly HashSet<string> YesNoNotApplicable = new(StringComparer.Ordinal)
    {
        "OUI/NON/NC", "OUI/NON/NA", "OUI/NON/N/A", "YES/NO/NA", "YES/NO/N/A",
    };

    /// <returns>The answer type and the evidence in words on one line ("item ; item"), null when there is none.</returns>
    public static (AnswerType Type, string? Evidence) Infer(string? typicalEvidence)
    {
        var text = typicalEvidence?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (AnswerType.None, null);
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).TrimEnd('.').ToUpperInvariant();
        if (YesNo.Contains(compact))
        {
            return (AnswerType.YesNo, null);
        }

        if (YesNoNotApplicable.Contains(compact))
        {
            return (AnswerType.YesNoNotApplicable, null);
        }

        if (EndsWithNotApplicable().Match(text) is { Success: true } nc)
        {
            return (AnswerType.DescriptionOrNotApplicable, Items(text[..nc.Index]));
        }

        return (AnswerType.Description, Items(text));
    }

    /// <summary>The evidence lines without their bullets, joined with " ; ".</summary>
    private static string? Items(string text)
    {
        var items = DescriptionText.Parse(text)
            .Select(b => b.Text.TrimEnd(';', ',', ' '))
            .Where(t => t.Length > 0)
            .ToList();
        return items.Count == 0 ? null : string.Join(" ; ", items);
    }

    [GeneratedRegex(@"\s*/\s*NC\s*\.?\s*$")]
    private static partial Regex EndsWithNotApplicable();
}
