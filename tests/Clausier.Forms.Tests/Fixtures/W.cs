using System.Xml.Linq;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>WordprocessingML names for tests that edit documents as LINQ to XML.</summary>
public static class W
{
    public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static XName N(string localName) => Ns + localName;

    public static XElement Run(string text, params object[] properties) =>
        new(N("r"), properties.Length > 0 ? new XElement(N("rPr"), properties) : null,
            new XElement(N("t"), new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    /// <summary>Runs for a value with line breaks (Shift+Enter in Word).</summary>
    public static IEnumerable<XElement> Runs(string value)
    {
        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                yield return new XElement(N("r"), new XElement(N("br")));
            }

            if (lines[i].Length > 0)
            {
                yield return Run(lines[i]);
            }
        }
    }

    public static XElement Paragraph(params object[] content) => new(N("p"), content);

    public static string? Tag(XElement sdt) =>
        (string?)sdt.Element(N("sdtPr"))?.Element(N("tag"))?.Attribute(N("val"));

    public static XElement Control(XDocument document, string tag) =>
        document.Descendants(N("sdt")).Single(s => Tag(s) == tag);

    public static XElement Cell(XElement element) => element.Ancestors(N("tc")).First();
}
