using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clausier.Word.Markdown;

/// <summary>The document settings an annex's YAML front matter carries (docs/annex-markdown.md).</summary>
/// <param name="Language">BCP 47 tag written as <c>w:lang</c> and <c>dc:language</c>.</param>
/// <param name="Typography">Whether the French typographic pass runs over the text (set by the caller, not by front matter).</param>
internal sealed record FrontMatter(string? Title, string? Subject, string? Header, string? Footer, string Language, bool Typography = false)
{
    public const string DefaultLanguage = "fr-FR";

    public static FrontMatter Empty { get; } = new(null, null, null, null, DefaultLanguage);

    public static FrontMatter Read(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        // Markdig takes front matter only on a document's first line, where it is the first block: the
        // search of the whole tree is left for any other case.
        var block = document.Count > 0 ? document[0] as YamlFrontMatterBlock ?? document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() : null;
        if (block is null)
        {
            return Empty;
        }

        var values = ReadMapping(block, file, diagnostics);
        foreach (var key in values.Keys.Where(k => !KnownKeys.Contains(k)))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3009", block.At(file), key);
        }

        return new FrontMatter(
            values.GetValueOrDefault("title"),
            values.GetValueOrDefault("subject"),
            values.GetValueOrDefault("header"),
            values.GetValueOrDefault("footer"),
            values.GetValueOrDefault("language") is { Length: > 0 } language ? language : DefaultLanguage);
    }

    /// <summary>These settings, each value <paramref name="document"/> sets replacing the front matter's.</summary>
    public FrontMatter With(AnnexDocumentSettings document) => new(
        document.Title ?? Title,
        document.Subject ?? Subject,
        document.Header ?? Header,
        document.Footer ?? Footer,
        document.Language is { Length: > 0 } language ? language : Language,
        document.Typography);

    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal) { "title", "subject", "header", "footer", "language" };

    private static Dictionary<string, string> ReadMapping(YamlFrontMatterBlock block, string file, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new NestingLimitParser(new StringReader(block.Lines.ToString())));
        }
        catch (YamlNestingException ex)
        {
            var location = new TextLocation(file, YamlLine(block, ex.Start), (int)ex.Start.Column - 1);
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1210.front-matter", location, ex.Limit);
            return values;
        }
        catch (YamlException ex)
        {
            var location = new TextLocation(file, YamlLine(block, ex.Start), (int)ex.Start.Column - 1);
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ3008.yaml", location, MessageCatalogue.YamlReason(ex.Message));
            return values;
        }

        if (yaml.Documents.Count == 0)
        {
            return values;
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ3008.mapping", block.At(file));
            return values;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
            {
                values[name] = scalar.Value ?? "";
            }
            else
            {
                var location = new TextLocation(file, YamlLine(block, key.Start), (int)key.Start.Column - 1);
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ3008.value", location, key);
            }
        }

        return values;
    }

    /// <summary>YAML marks are one-based and count from the line after the opening <c>---</c>, which is the block's own (zero-based) line.</summary>
    private static int YamlLine(YamlFrontMatterBlock block, Mark mark) => block.Line + (int)mark.Line;
}
