using System.Globalization;
using Clausier.Core.Model;

namespace Clausier.Core.Selection;

/// <summary>
/// Finds control points by words, market segment and section, for browsing the catalogue. Words match
/// the id, title, text, expected evidence and references, ignoring case and accents (« securite » finds
/// « sécurité »); every word must match.
/// </summary>
public static class CatalogueSearch
{
    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <param name="segment">Segment id; null or empty for every segment.</param>
    /// <param name="section">Section number; its sub-sections are included.</param>
    public static IReadOnlyList<ControlPoint> Find(Catalogue catalogue, string? words, string? segment, string? section)
    {
        var terms = (words ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return [.. catalogue.AllPoints().Where(p =>
            (string.IsNullOrEmpty(segment) || p.AppliesTo(segment))
            && (string.IsNullOrEmpty(section) || p.SectionNumber == section || p.SectionNumber.StartsWith(section + ".", StringComparison.Ordinal))
            && terms.All(t => Matches(p, t)))];
    }

    private static bool Matches(ControlPoint point, string term) =>
        Contains(point.Id, term) || Contains(point.Title, term) || Contains(point.Body, term)
        || Contains(point.Evidence, term) || point.References.Any(r => Contains(r.Text, term));

    private static bool Contains(string? text, string term) => text is not null && French.IndexOf(text, term, Loose) >= 0;
}
