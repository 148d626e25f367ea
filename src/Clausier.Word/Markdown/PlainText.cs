using System.Text;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Markdown;

/// <summary>The visible text of inline content, for table-of-contents entries and column sizing.</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                break;
        }
    }
}
