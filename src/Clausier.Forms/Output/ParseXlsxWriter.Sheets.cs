using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Forms.Output;

public static partial class ParseXlsxWriter
{
    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint DateStyle = 3;
    private const uint NumberStyle = 4;

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, DefinedNames definedNames, string name,
        (string Header, double Width)[] columns, IEnumerable<object?[]> rows)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + (sheets.ChildElements.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var data = new SheetData();
        data.AppendChild(new Row(columns.Select((c, i) => TextCell(i, 1, c.Header, HeaderStyle))) { RowIndex = 1U });
        uint rowIndex = 1;
        foreach (var values in rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < values.Length; i++)
            {
                if (Cell(i, rowIndex, values[i]) is { } cell)
                {
                    row.AppendChild(cell);
                }
            }

            data.AppendChild(row);
        }

        var lastColumn = ColumnName(columns.Length - 1);
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{rowIndex}" });

        var sheetId = (uint)sheets.ChildElements.Count + 1;
        sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });
        definedNames.AppendChild(new DefinedName($"'{name}'!$A$1:${lastColumn}${rowIndex}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = sheetId - 1,
            Hidden = true,
        });
    }

    private static Cell? Cell(int column, uint row, object? value) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        string text => TextCell(column, row, text, TextStyle),
        DateOnly date => new Cell
        {
            CellReference = Reference(column, row),
            StyleIndex = DateStyle,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        double number => new Cell
        {
            CellReference = Reference(column, row),
            StyleIndex = NumberStyle,
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
        },
        _ => TextCell(column, row, value.ToString() ?? "", TextStyle),
    };

    private static Cell TextCell(int column, uint row, string text, uint style)
    {
        var value = text.Length > MaxCellCharacters ? string.Concat(text.AsSpan(0, MaxCellCharacters - Truncated.Length), Truncated) : text;
        return new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Reference(column, row),
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };
    }

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet BuildStylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 14U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 1U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true, ApplyAlignment = true })
        { Count = 5U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
