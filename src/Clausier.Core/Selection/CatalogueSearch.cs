using System.Globalization;
using System.Text;
using Clausier.Core.Model;
using Clausier.Core.Text;

namespace Clausier.Core.Selection;

/// <summary>
/// Finds control points by words, market segment and section, for browsing the catalogue. Words match
/// the id, title, text, expected evidence and references, ignoring case, accents and a plural ending
/// (« chiffrements » finds « chiffrement », « securite » finds « sécurité »); every word must match.
/// </summary>
public static class CatalogueSearch
{
    /// <summary>Characters of context shown on each side of the word found.</summary>
    private const int Context = 70;

    /// <param name="segment">Segment id; null or empty for every segment.</param>
    /// <param name="section">Section number; its sub-sections are included.</param>
    public static IReadOnlyList<ControlPoint> Find(Catalogue catalogue, string? words, string? segment, string? section) =>
        [.. Search(catalogue, words, segment, section).Hits.Select(h => h.Point)];

    /// <summary>The points found, each with where the first word matched, and what to try when none is found.</summary>
    public static SearchResult Search(Catalogue catalogue, string? words, string? segment, string? section)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var terms = Terms(words);
        var hits = new List<SearchHit>();
        foreach (var point in catalogue.AllPoints())
        {
            if ((!string.IsNullOrEmpty(segment) && !point.AppliesTo(segment))
                || (!string.IsNullOrEmpty(section) && point.SectionNumber != section && !point.SectionNumber.StartsWith(section + ".", StringComparison.Ordinal)))
            {
                continue;
            }

            if (terms.Count == 0)
            {
                hits.Add(new SearchHit(point, null));
            }
            else
            {
                // Parameters are searched and shown as their default values, the text a candidate reads.
                var fields = Fields(point).Select(f => Substitute(f, catalogue.Parameters)).ToList();
                if (terms.All(t => fields.Any(f => Fold(f).Contains(t, StringComparison.Ordinal))))
                {
                    // The id and the title are shown anyway: the extract is from the text around them.
                    hits.Add(new SearchHit(point, Snippet(fields.Skip(2), terms[0])));
                }
            }
        }

        var close = hits.Count == 0 && terms.Count > 0 ? CloseWords(catalogue, terms) : [];
        return new SearchResult(hits, close);
    }

    /// <summary>Lower case, no accents, one character for one: positions in the folded text are positions in the original.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            folded.Append(char.ToLowerInvariant(decomposed.Length > 0 ? decomposed[0] : c));
        }

        return folded.ToString();
    }

    private static List<string> Terms(string? words) =>
        [.. (words ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => Stem(Fold(w))).Where(w => w.Length > 0)];

    /// <summary>French plurals end in s or x; the singular is then a part of both forms.</summary>
    private static string Stem(string word) =>
        word.Length > 3 && (word.EndsWith('s') || word.EndsWith('x')) ? word[..^1] : word;

    private static IEnumerable<string> Fields(ControlPoint point)
    {
        yield return point.Id;
        yield return point.Title;
        yield return point.Body;
        if (point.Evidence is not null)
        {
            yield return point.Evidence;
        }

        foreach (var reference in point.References)
        {
            yield return reference.Text;
        }
    }

    private static string Substitute(string text, IReadOnlyList<CatalogueParameter> parameters) =>
        text.Contains("{{", StringComparison.Ordinal)
            ? parameters.Aggregate(text, (t, p) => t.Replace("{{" + p.Id + "}}", p.Default, StringComparison.Ordinal))
            : text;

    private static SearchSnippet? Snippet(IEnumerable<string> fields, string term)
    {
        foreach (var field in fields)
        {
            var at = Fold(field).IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // The whole word the term is part of, so « chiffrement » shows « chiffrements » when so written.
            var start = at;
            while (start > 0 && char.IsLetterOrDigit(field[start - 1]))
            {
                start--;
            }

            var end = at + term.Length;
            while (end < field.Length && char.IsLetterOrDigit(field[end]))
            {
                end++;
            }

            var from = Math.Max(0, start - Context);
            var to = Math.Min(field.Length, end + Context);
            var before = (from > 0 ? "…" : "") + Flatten(field[from..start]);
            var after = Flatten(field[end..to]) + (to < field.Length ? "…" : "");
            return new SearchSnippet(before, field[start..end], after);
        }

        return null;
    }

    /// <summary>Markdown marks and line breaks are noise in a one-line extract.</summary>
    private static string Flatten(string text)
    {
        var words = text.Replace("**", "", StringComparison.Ordinal).Split(['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries);
        var flat = string.Join(' ', words);
        return (text.Length > 0 && char.IsWhiteSpace(text[0]) ? " " : "") + flat + (flat.Length > 0 && char.IsWhiteSpace(text[^1]) ? " " : "");
    }

    private static List<string> CloseWords(Catalogue catalogue, IReadOnlyList<string> terms)
    {
        var vocabulary = catalogue.AllPoints()
            .SelectMany(p => Fields(p).SelectMany(f => f.Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
            .Where(w => w.Length >= 4 && w.All(char.IsLetter))
            .Select(w => w.ToLower(CultureInfo.GetCultureInfo("fr-FR")))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var close = new List<string>();
        foreach (var term in terms)
        {
            if (Suggestions.Closest(term, vocabulary.Where(w => Math.Abs(w.Length - term.Length) <= 3).Select(Fold)) is { } folded)
            {
                close.Add(vocabulary.First(w => Fold(w) == folded));
            }
        }

        return [.. close.Distinct(StringComparer.Ordinal)];
    }

    private static readonly char[] Separators = [' ', '\r', '\n', '\t', ',', '.', ';', ':', '(', ')', '«', '»', '\'', '’', '"', '*', '/', '-', '!', '?', '[', ']', '{', '}', '|', '\u00a0', '\u202f'];
}
