using Clausier.Word.Wml;

namespace Clausier.Word.Docx;

/// <summary>The character formatting in force while inline nodes are written (emphasis, code, link).</summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Code, bool Link)
{
    /// <summary>A <c>w:rPr</c> for this format (children in schema order), or null for plain text.</summary>
    public WmlElement? ToProperties(StyleMap styles)
    {
        if (this == default)
        {
            return null;
        }

        var properties = new WmlElement(W.RunProperties);
        if (Link || Code)
        {
            properties.Add(new WmlElement(W.RunStyle).Set(W.Val, styles.Id(Link ? StyleNames.Hyperlink : StyleNames.Code)));
        }

        if (Bold)
        {
            properties.Add(new WmlElement(W.Bold));
        }

        if (Italic)
        {
            properties.Add(new WmlElement(W.Italic));
        }

        return properties;
    }
}
