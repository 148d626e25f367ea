using System.Text;
using Clausier.Word.Wml;

namespace Clausier.Word.Docx;

/// <summary>
/// The text of a paragraph as a reader extracts it (docs/form-contract.md): every <c>w:t</c> in
/// document order, tabs and breaks as spaces. Field codes and deleted text are not text.
/// </summary>
internal static class ParagraphText
{
    /// <summary>The text of every paragraph in <paramref name="container"/>, in order, with <paramref name="separator"/> between them.</summary>
    public static string Join(WmlElement container, char separator)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var paragraph in WmlWalk.All(container, W.Paragraph))
        {
            if (!first)
            {
                builder.Append(separator);
            }

            first = false;
            Append(builder, paragraph);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, WmlElement element)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child.Name)
            {
                case W.Text:
                    builder.Append(child.Text);
                    break;
                case W.Tab or W.Break or W.CarriageReturn:
                    builder.Append(' ');
                    break;
                default:
                    Append(builder, child);
                    break;
            }
        }
    }
}
