using System.Text;
using System.Text.RegularExpressions;
using Clausier.Core.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// A clause as CISO Assistant shows it: plain text with paragraphs and "- " list items, parameters
/// replaced by their values. Libraries hold plain text (the published ones come from PDFs), and the
/// importer reads this shape back into the same paragraphs and lists.
/// </summary>
public static partial class LibraryText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The Markdown of a clause or an introduction as plain text; <paramref name="values"/> by parameter id.</summary>
    public static string FromMarkdown(string markdown, IReadOnlyDictionary<string, string> values)
    {
        var resolved = Parameter().Replace(markdown, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
        var text = new StringBuilder();
        foreach (var block in Markdown.Parse(resolved, Pipeline))
        {
            AppendBlock(text, block, 0);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The catalogue's default value of each parameter, the text a published clause would show.</summary>
    public static IReadOnlyDictionary<string, string> Defaults(Catalogue catalogue) =>
        catalogue.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);

    private static void AppendBlock(StringBuilder text, Block block, int level)
    {
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock paragraph)
                        {
                            Separate(text, item: true);
                            text.Append(' ', level * 2).Append("- ").Append(Inline(paragraph.Inline));
                        }
                        else
                        {
                            AppendBlock(text, child, level + 1);
                        }

                        first = false;
                    }
                }

                break;
            case ParagraphBlock paragraph:
                Separate(text, item: false);
                text.Append(Inline(paragraph.Inline));
                break;
            case HeadingBlock heading:
                Separate(text, item: false);
                text.Append(Inline(heading.Inline));
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AppendBlock(text, child, level);
                }

                break;
            case LeafBlock leaf:
                Separate(text, item: false);
                text.Append(string.Join(' ', leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString().Trim())));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(text, child, level);
                }

                break;
        }
    }

    /// <summary>List items follow each other on the next line; anything else starts after a blank line.</summary>
    private static void Separate(StringBuilder text, bool item)
    {
        if (text.Length == 0)
        {
            return;
        }

        var previousWasItem = LastLine(text).TrimStart().StartsWith("- ", StringComparison.Ordinal);
        text.Append(item && previousWasItem ? "\n" : "\n\n");
    }

    private static string LastLine(StringBuilder text)
    {
        var all = text.ToString();
        var cut = all.LastIndexOf('\n');
        return cut < 0 ? all : all[(cut + 1)..];
    }

    private static string Inline(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
            }
        }

        return WhiteSpace().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex WhiteSpace();
}
