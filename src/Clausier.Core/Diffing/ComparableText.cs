using Clausier.Core.Linting;
using Clausier.Core.Model;
using Clausier.Core.Text;
using Markdig;

namespace Clausier.Core.Diffing;

/// <summary>
/// What a reader sees of a Markdown text, as words: parameters replaced by their defaults, Markdown
/// syntax removed, typography normalised as <see cref="ClauseText"/> does for tamper checks (quotes,
/// dashes, non-breaking spaces) and quotation marks ignored, so that only wording differences count.
/// </summary>
internal static class ComparableText
{
    public static string Plain(string markdown, IReadOnlyList<CatalogueParameter>? parameters)
    {
        if (parameters is not null)
        {
            markdown = CatalogueLinter.ParameterUse().Replace(markdown, match =>
                parameters.FirstOrDefault(p => p.Id == match.Groups["id"].Value)?.Default ?? match.Value);
        }

        return string.Join(' ', Markdown.ToPlainText(markdown).Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>The words as written (for display) and normalised (for comparison), index for index.</summary>
    public static (string[] Display, string[] Keys) Words(string plain)
    {
        var display = new List<string>();
        var keys = new List<string>();
        foreach (var word in plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // Quotes are typography: « incident » and "incident" read the same.
            var key = ClauseText.NormalizeParagraph(word).Replace("\"", "", StringComparison.Ordinal);
            if (key.Length > 0)
            {
                display.Add(word);
                keys.Add(key);
            }
        }

        return ([.. display], [.. keys]);
    }
}
