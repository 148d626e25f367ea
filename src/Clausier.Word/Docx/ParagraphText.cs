using System.Text;
using Clausier.Word.Wml;

namespace Clausier.Word.Docx;

/// <summary>
/// The text of a paragraph as a reader extracts it (docs/form-contract.md): every <c>w:t</c> in
/// document order, tabs and breaks as spaces. Field codes and deleted text are not text.
/// </summary>
internal static class ParagraphText
{
    public static string Of(WmlElement paragraph)
    {
        var builder = new StringBuilder();
        Append(builder, paragraph);
        return builder.ToString();
    }

    public static IEnumerable<string> OfAll(WmlElement container) =>
        WmlWalk.All(container, W.Paragraph).Select(Of);

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
