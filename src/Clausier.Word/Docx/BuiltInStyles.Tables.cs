using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal static partial class BuiltInStyles
{
    private static Style NormalTable(string id)
    {
        var style = NewStyle(StyleValues.Table, id, StyleNames.NormalTable, null, map: null, 99);
        style.Default = true;
        style.SemiHidden = new SemiHidden();
        style.UnhideWhenUsed = new UnhideWhenUsed();
        style.StyleTableProperties = new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa }));
        return style;
    }

    /// <summary>
    /// Light grey grid with a navy header row; the answer table also shades its label column.
    /// Column widths are not part of the style: tables carry explicit <c>w:tblW</c>/<c>w:gridCol</c>.
    /// </summary>
    private static Style Table(string id, string name, bool answer, StyleMap map)
    {
        var style = NewStyle(StyleValues.Table, id, name, StyleNames.NormalTable, map, 59);
        style.StyleTableProperties = new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Palette.Border },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Palette.Border },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Palette.Border },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Palette.Border },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Palette.Border },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Palette.Border }),
            new TableCellMarginDefault(
                new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 113, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 113, Type = TableWidthValues.Dxa }));
        style.Append(Conditional(TableStyleOverrideValues.FirstRow, Palette.Navy, "FFFFFF"));
        if (answer)
        {
            style.Append(Conditional(TableStyleOverrideValues.FirstColumn, Palette.LabelFill, Palette.Navy));
        }

        return style;
    }

    private static TableStyleProperties Conditional(TableStyleOverrideValues type, string fill, string color) =>
        new(
            new RunPropertiesBaseStyle(new Bold(), new Color { Val = color }),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill }))
        {
            Type = type,
        };
}
