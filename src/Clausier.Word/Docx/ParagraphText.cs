using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// The text of a paragraph as a reader extracts it (docs/form-contract.md): every <c>w:t</c> in
/// document order, tabs and breaks as spaces. Field codes and deleted text are not text.
/// </summary>
internal static class ParagraphText
{
    public static string Of(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        ElementWalk.Each<OpenXmlElement>(paragraph, element =>
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    builder.Append(' ');
                    break;
            }
        });

        return builder.ToString();
    }

    public static IEnumerable<string> OfAll(OpenXmlElement container) =>
        ElementWalk.All<Paragraph>(container).Select(Of);
}
