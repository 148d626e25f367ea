using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>The character formatting in force while inline nodes are written (emphasis, code, link).</summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Code, bool Link)
{
    public RunProperties? ToProperties(StyleMap styles)
    {
        if (this == default)
        {
            return null;
        }

        var properties = new RunProperties();
        if (Link || Code)
        {
            properties.RunStyle = new RunStyle { Val = styles.Id(Link ? StyleNames.Hyperlink : StyleNames.Code) };
        }

        if (Bold)
        {
            properties.Bold = new Bold();
        }

        if (Italic)
        {
            properties.Italic = new Italic();
        }

        return properties;
    }
}
