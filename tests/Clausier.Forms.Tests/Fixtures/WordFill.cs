using System.Globalization;
using System.Xml.Linq;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>Fills content controls the way Word stores a candidate's input.</summary>
public static class WordFill
{
    /// <summary>Typed text: placeholder flag and run removed, the text as runs (line breaks as <c>w:br</c>).</summary>
    public static void Text(XDocument document, string tag, string value)
    {
        var sdt = W.Control(document, tag);
        Clear(sdt);
        sdt.Element(W.N("sdtContent"))!.Add(W.Runs(value));
    }

    /// <summary>
    /// Several paragraphs typed with Enter: Word turns the run-level control into a block-level one
    /// holding one paragraph per line, followed by the empty paragraph every cell ends with.
    /// </summary>
    public static void Paragraphs(XDocument document, string tag, string value)
    {
        var sdt = W.Control(document, tag);
        var properties = sdt.Element(W.N("sdtPr"))!;
        properties.Element(W.N("showingPlcHdr"))?.Remove();
        var paragraph = sdt.Parent!;
        var block = new XElement(W.N("sdt"), new XElement(properties),
            new XElement(W.N("sdtContent"), value.Split('\n').Select(line => line.Length > 0 ? W.Paragraph(W.Run(line)) : W.Paragraph())));
        paragraph.ReplaceWith(block, W.Paragraph());
    }

    /// <summary>An item chosen in a dropdown; Word also writes <c>w:lastValue</c>, which the reader must ignore.</summary>
    public static void Choose(XDocument document, string tag, string item)
    {
        var sdt = W.Control(document, tag);
        Clear(sdt);
        var list = sdt.Element(W.N("sdtPr"))!.Element(W.N("dropDownList"))!;
        list.SetAttributeValue(W.N("lastValue"), item);
        sdt.Element(W.N("sdtContent"))!.Add(W.Run(item));
    }

    /// <summary>A date picked: <c>w:fullDate</c> set and the date shown as dd/MM/yyyy.</summary>
    public static void Date(XDocument document, string tag, DateOnly date)
    {
        var sdt = W.Control(document, tag);
        Clear(sdt);
        sdt.Element(W.N("sdtPr"))!.Element(W.N("date"))!
            .SetAttributeValue(W.N("fullDate"), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        sdt.Element(W.N("sdtContent"))!.Add(W.Run(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
    }

    private static void Clear(XElement sdt)
    {
        sdt.Element(W.N("sdtPr"))!.Element(W.N("showingPlcHdr"))?.Remove();
        sdt.Element(W.N("sdtContent"))!.RemoveNodes();
    }
}
