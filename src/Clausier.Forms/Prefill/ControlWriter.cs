using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Clausier.Forms.Prefill;

/// <summary>
/// Writes a value into an answer content control the way Word stores typed input: the placeholder flag
/// and the grey placeholder run removed, the value as runs (line breaks as <c>w:br</c>) in the control's
/// own run formatting. Touches nothing outside the control.
/// </summary>
internal sealed class ControlWriter(XNamespace w)
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>Items a dropdown offers (display texts); empty when the control is not a dropdown.</summary>
    public IReadOnlyList<string> Items(XElement sdt) =>
        [.. (sdt.Element(w + "sdtPr")?.Elements().FirstOrDefault(e => e.Name == w + "dropDownList" || e.Name == w + "comboBox")?.Elements(w + "listItem") ?? [])
            .Select(i => (string?)i.Attribute(w + "displayText") ?? (string?)i.Attribute(w + "value") ?? "")];

    public bool IsDate(XElement sdt) => sdt.Element(w + "sdtPr")?.Element(w + "date") is not null;

    public void Text(XElement sdt, string value) => Replace(sdt, value);

    public void Date(XElement sdt, DateOnly date)
    {
        var picker = sdt.Element(w + "sdtPr")?.Element(w + "date");
        picker?.SetAttributeValue(w + "fullDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        var pattern = (string?)picker?.Element(w + "dateFormat")?.Attribute(w + "val");
        Replace(sdt, date.ToString(pattern is "dd/MM/yyyy" or "dd.MM.yyyy" or "yyyy-MM-dd" ? pattern : "dd/MM/yyyy", CultureInfo.InvariantCulture));
    }

    /// <summary>The control's content element, where comment marks go too.</summary>
    public XElement Content(XElement sdt) => sdt.Element(w + "sdtContent") ?? throw new InvalidOperationException("content control without w:sdtContent");

    private void Replace(XElement sdt, string value)
    {
        sdt.Element(w + "sdtPr")?.Element(w + "showingPlcHdr")?.Remove();
        var content = Content(sdt);
        var properties = RunProperties(content);
        var paragraphs = content.Elements(w + "p").ToList();
        if (paragraphs.Count > 0)
        {
            // A block-level control (Word makes one when Enter is typed in the field): one paragraph per line.
            var paragraphProperties = paragraphs[0].Element(w + "pPr");
            content.ReplaceNodes(value.Split('\n').Select(line =>
                new XElement(w + "p", paragraphProperties is null ? null : new XElement(paragraphProperties), Runs(line, properties))));
            return;
        }

        content.ReplaceNodes(Runs(value, properties));
    }

    /// <summary>The formatting of the control's first run, without the placeholder's character style.</summary>
    private XElement? RunProperties(XElement content)
    {
        var first = content.Descendants(w + "r").FirstOrDefault()?.Element(w + "rPr");
        if (first is null)
        {
            return null;
        }

        var copy = new XElement(first);
        copy.Element(w + "rStyle")?.Remove();
        return copy.HasElements ? copy : null;
    }

    private IEnumerable<XElement> Runs(string value, XElement? properties)
    {
        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                yield return new XElement(w + "r", properties is null ? null : new XElement(properties), new XElement(w + "br"));
            }

            var text = XmlSafe(lines[i]);
            if (text.Length > 0)
            {
                var t = new XElement(w + "t", text);
                if (text[0] is ' ' or '\t' || text[^1] is ' ' or '\t')
                {
                    t.SetAttributeValue(Xml + "space", "preserve");
                }

                yield return new XElement(w + "r", properties is null ? null : new XElement(properties), t);
            }
        }
    }

    /// <summary>Characters XML cannot hold (a library file is edited by hand) are left out rather than failing the save.</summary>
    internal static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text.Replace("\r", "", StringComparison.Ordinal);
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]) && text[i] != '\r')
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
