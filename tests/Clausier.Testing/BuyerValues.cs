using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Testing;

/// <summary>
/// Values a buyer may type that Markdown, YAML or a template language would read as syntax, and the
/// check that each one comes back from a generated annex exactly as typed.
/// </summary>
public static class BuyerValues
{
    /// <summary>Every ASCII punctuation mark, French and English quotes, Markdown/YAML/Scriban/Liquid syntax, emoji, RTL and combining characters.</summary>
    public const string Syntax = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ « » “ ” ’ --- ::: {{ x }} {% y %} # | *_ 😀 שלום עולם e\u0301 \\\"q\\\" &amp; &#10;";

    /// <summary>A value for <paramref name="field"/>: leading spaces, the field's name, <see cref="Syntax"/>, a line break, more text.</summary>
    public static string For(string field) => $"  {field} {Syntax}\nsuite {field}";

    /// <summary>The document's paragraphs (body, headers), each with its line breaks as <c>\n</c> and tabs as <c>\t</c>.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { main.Document.Body! };
        roots.AddRange(main.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header));
        var paragraphs = new List<string>();
        foreach (var paragraph in roots.SelectMany(r => r.Descendants<Paragraph>()))
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case Break:
                        text.Append('\n');
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                }
            }

            paragraphs.Add(text.ToString());
        }

        return paragraphs;
    }

    /// <summary>The document's title and subject (core properties).</summary>
    public static (string? Title, string? Subject) Properties(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return (document.PackageProperties.Title, document.PackageProperties.Subject);
    }
}
