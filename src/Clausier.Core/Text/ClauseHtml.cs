using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Clausier.Core.Linting;
using Clausier.Core.Model;
using Markdig;

namespace Clausier.Core.Text;

/// <summary>
/// Clause Markdown as HTML for reading on screen: lists and emphasis rendered, raw HTML escaped, and each
/// <c>{{parameter}}</c> shown as its value in a <c>span class="parameter"</c> whose title names it, so
/// that a buyer reads the sentence a candidate will read and sees what the tender can change. The
/// catalogue's text gets the French typography the Word annex gives it (<see cref="MarkdownTypography"/>:
/// literal text only, never code spans or links); a value given for a tender is shown as typed.
/// </summary>
public static partial class ClauseHtml
{
    // Built once; a built pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    // Escapes markup characters only: the French text stays readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="values">Value of each parameter by id; parameters without one stay written <c>{{id}}</c>.</param>
    public static string Render(string markdown, IReadOnlyList<CatalogueParameter> parameters, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(parameters);
        var used = new List<CatalogueParameter>();

        // Parameters become private-use markers before Markdig sees the text, so that their values are
        // neither read as Markdown nor split by it, and are swapped for their markup afterwards.
        var marked = CatalogueLinter.ParameterUse().Replace(markdown, match =>
        {
            var parameter = parameters.FirstOrDefault(p => p.Id == match.Groups["id"].Value);
            if (parameter is null)
            {
                return match.Value;
            }

            used.Add(parameter);
            return $"\uE000{(used.Count - 1).ToString(CultureInfo.InvariantCulture)}\uE001";
        });
        var document = Markdown.Parse(marked, Pipeline);
        MarkdownTypography.ApplyBlocks(document);
        var html = Markdown.ToHtml(document, Pipeline);
        return Marker().Replace(html, match =>
        {
            var parameter = used[int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)];
            var title = $"Paramètre {parameter.Id}{FrenchTypography.NarrowNoBreakSpace}: {FrenchTypography.Apply(parameter.Label)}";
            return values is not null && values.TryGetValue(parameter.Id, out var given)
                ? $"<span class=\"parameter buyer-value\" title=\"{Encoder.Encode(title)}\">{Encoder.Encode(given)}</span>"
                : $"<span class=\"parameter\" title=\"{Encoder.Encode(title)}\">{Encoder.Encode(FrenchTypography.Apply(parameter.Default))}</span>";
        });
    }

    [GeneratedRegex("\uE000(?<index>[0-9]+)\uE001")]
    private static partial Regex Marker();
}
