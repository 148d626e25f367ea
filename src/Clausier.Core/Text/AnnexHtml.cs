using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;

namespace Clausier.Core.Text;

/// <summary>
/// The annex Markdown (the text the Word annex is made from) as HTML, for the buyer to read on screen
/// what candidates will read: the front matter is left out, the blocks of the template (<c>::: cover</c>,
/// <c>::: clause</c>, <c>::: answers</c>…) become <c>div</c>s of that class, and each form field
/// <c>[[…]]</c> becomes the box the candidate fills in. Raw HTML is escaped.
/// </summary>
public static partial class AnnexHtml
{
    // Built once; a built pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseCustomContainers()
        .UseFootnotes()
        .DisableHtml()
        .Build();

    public static string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var fields = new List<string>();

        // Form fields become private-use markers first: their choices are separated by '|', which the
        // table parser would otherwise take for cell borders. Marker characters already in the text (a
        // buyer's value) are replaced first, so that only the markers set here are read back as numbers.
        var marked = FormField().Replace(markdown.Replace('\uE000', '\uFFFD').Replace('\uE001', '\uFFFD'), match =>
        {
            fields.Add(match.Groups["items"].Success ? "Choix : " + match.Groups["items"].Value.Replace("|", " / ", StringComparison.Ordinal) : "Zone de saisie");
            return $"\uE000{(fields.Count - 1).ToString(CultureInfo.InvariantCulture)}\uE001";
        });
        var html = Markdown.ToHtml(marked, Pipeline);
        html = EmptyToc().Replace(html, "<div class=\"toc\"><p>Sommaire (mis à jour à l’ouverture du document dans Word)</p></div>");
        return Marker().Replace(html, match =>
        {
            var text = fields[int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)];
            return $"<span class=\"form-field\">{System.Net.WebUtility.HtmlEncode(text)}</span>";
        });
    }

    [GeneratedRegex(@"\[\[(?<scope>[A-Za-z0-9][A-Za-z0-9._-]*):(?<field>[A-Za-z]+)(?: (?<items>[^\]\r\n]+))?\]\]")]
    private static partial Regex FormField();

    [GeneratedRegex(@"<div class=""toc"">\s*</div>")]
    private static partial Regex EmptyToc();

    [GeneratedRegex("\uE000(?<index>[0-9]+)\uE001")]
    private static partial Regex Marker();
}
