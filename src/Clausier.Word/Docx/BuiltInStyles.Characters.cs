using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal static partial class BuiltInStyles
{
    private static Style DefaultParagraphFont(string id)
    {
        var style = NewStyle(StyleValues.Character, id, StyleNames.DefaultParagraphFont, null, map: null, 1);
        style.Default = true;
        style.SemiHidden = new SemiHidden();
        style.UnhideWhenUsed = new UnhideWhenUsed();
        return style;
    }

    /// <summary>Grey text of an empty content control; readers ignore it whatever the run style says.</summary>
    private static Style PlaceholderText(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Character, id, StyleNames.PlaceholderText, StyleNames.DefaultParagraphFont, map, 99);
        style.SemiHidden = new SemiHidden();
        style.StyleRunProperties = new StyleRunProperties(new Color { Val = Palette.Placeholder });
        return style;
    }

    private static Style Hyperlink(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Character, id, StyleNames.Hyperlink, StyleNames.DefaultParagraphFont, map, 99);
        style.UnhideWhenUsed = new UnhideWhenUsed();
        style.StyleRunProperties = new StyleRunProperties(
            new Color { Val = Palette.Teal }, new Underline { Val = UnderlineValues.Single });
        return style;
    }

    private static Style Code(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Character, id, StyleNames.Code, StyleNames.DefaultParagraphFont, map, 40);
        style.StyleRunProperties = new StyleRunProperties(
            new RunFonts { Ascii = Palette.CodeFont, HighAnsi = Palette.CodeFont, ComplexScript = Palette.CodeFont },
            new FontSize { Val = "19" },
            new FontSizeComplexScript { Val = "19" },
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.CodeFill });
        return style;
    }
}
