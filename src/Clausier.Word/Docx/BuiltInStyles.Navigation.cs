using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal static partial class BuiltInStyles
{
    /// <summary>Right edge of the text on an A4 page with 2 cm margins, in twentieths of a point.</summary>
    private const int RightTab = PageLayout.A4TextWidth;

    private static Style TocHeading(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.TocHeading, StyleNames.Heading(1), map, 39);
        style.NextParagraphStyle = new NextParagraphStyle { Val = map.Id(StyleNames.Normal) };
        style.StyleParagraphProperties = new StyleParagraphProperties(new OutlineLevel { Val = 9 });
        return style;
    }

    private static Style Toc(string id, string name, int level, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, name, StyleNames.Normal, map, 39);
        style.NextParagraphStyle = new NextParagraphStyle { Val = map.Id(StyleNames.Normal) };
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = RightTab }),
            new SpacingBetweenLines { Before = level == 1 ? "120" : "0", After = "40" },
            new Indentation { Left = level == 1 ? "0" : "284" });
        if (level == 1)
        {
            style.StyleRunProperties = new StyleRunProperties(new Bold(), new Color { Val = Palette.Navy });
        }

        return style;
    }

    private static Style HeaderFooter(string id, string name, StyleMap map)
    {
        var header = name == StyleNames.Header;
        var style = NewStyle(StyleValues.Paragraph, id, name, StyleNames.Normal, map, 99);
        BorderType border = header
            ? new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Palette.Border }
            : new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Palette.Border };
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new ParagraphBorders(border),
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = RightTab }),
            new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        style.StyleRunProperties = new StyleRunProperties(
            new Color { Val = Palette.Muted }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" });
        return style;
    }
}
