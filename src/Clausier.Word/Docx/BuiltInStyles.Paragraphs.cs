using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal static partial class BuiltInStyles
{
    private static Style Normal(string id)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.Normal, null, map: null, 0);
        style.Default = true;
        style.StyleParagraphProperties = new StyleParagraphProperties(new WidowControl());
        return style;
    }

    private static Style Heading(string id, int level, StyleMap map)
    {
        var (size, color, before, after) = level switch
        {
            1 => (32, Palette.Navy, 360, 160),
            2 => (25, Palette.Navy, 300, 100),
            3 => (22, Palette.Teal, 240, 80),
            _ => (21, Palette.Teal, 200, 60),
        };
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.Heading(level), StyleNames.Normal, map, 9);
        style.NextParagraphStyle = new NextParagraphStyle { Val = map.Id(StyleNames.Normal) };
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (level == 1)
        {
            paragraph.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = Palette.Teal }));
        }

        paragraph.Append(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() }, new OutlineLevel { Val = level - 1 });
        style.StyleParagraphProperties = paragraph;
        var run = new StyleRunProperties(new Bold());
        if (level == 4)
        {
            run.Append(new Italic());
        }

        run.Append(new Color { Val = color }, new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        style.StyleRunProperties = run;
        return style;
    }

    private static Style Title(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.Title, StyleNames.Normal, map, 10);
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new SpacingBetweenLines { Before = "2400", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        style.StyleRunProperties = new StyleRunProperties(
            new Bold(), new Color { Val = Palette.Navy }, new FontSize { Val = "52" }, new FontSizeComplexScript { Val = "52" });
        return style;
    }

    private static Style Subtitle(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.Subtitle, StyleNames.Normal, map, 11);
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = Palette.Teal }),
            new SpacingBetweenLines { After = "600" });
        style.StyleRunProperties = new StyleRunProperties(
            new Color { Val = Palette.Teal }, new FontSize { Val = "30" }, new FontSizeComplexScript { Val = "30" });
        return style;
    }

    private static Style Quote(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.Quote, StyleNames.Normal, map, 29);
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = Palette.Border }),
            new Indentation { Left = "397", Right = "397" });
        style.StyleRunProperties = new StyleRunProperties(new Italic(), new Color { Val = Palette.Muted });
        return style;
    }

    private static Style ListParagraph(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.ListParagraph, StyleNames.Normal, map, 34);
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new SpacingBetweenLines { After = "60" }, new Indentation { Left = "720" }, new ContextualSpacing());
        return style;
    }

    private static Style Note(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.Note, StyleNames.Normal, map, 20);
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 6, Color = Palette.NoteFill },
                new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 8, Color = Palette.Teal },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 6, Color = Palette.NoteFill },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 8, Color = Palette.NoteFill }),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Palette.NoteFill },
            new SpacingBetweenLines { Before = "60", After = "60" },
            new Indentation { Left = "170", Right = "170" });
        style.StyleRunProperties = new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" });
        return style;
    }

    private static Style TableText(string id, StyleMap map)
    {
        var style = NewStyle(StyleValues.Paragraph, id, StyleNames.TableText, StyleNames.Normal, map, 21);
        style.StyleParagraphProperties = new StyleParagraphProperties(
            new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        style.StyleRunProperties = new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" });
        return style;
    }
}
