using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Clausier.Analysis.Tests.Fixtures;

/// <summary>A written workbook opened again with the SDK, to check what a spreadsheet application will show.</summary>
public sealed class Xlsx : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public Xlsx(byte[] bytes) => _document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    public SpreadsheetDocument Document => _document;

    public WorksheetPart Sheet(string name)
    {
        var workbook = _document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }

    public IReadOnlyList<string> SheetNames => [.. _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        return cell?.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell?.CellValue?.Text;
    }

    public double? Number(string sheet, string reference) =>
        Cell(sheet, reference)?.CellValue?.Text is { } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>ARGB of the solid fill of a cell's format, or null when the cell has none.</summary>
    public string? Fill(string sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"no cell {reference} in {sheet}");
        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var fill = styles.Fills!.Elements<DocumentFormat.OpenXml.Spreadsheet.Fill>().ElementAt((int)(format.FillId?.Value ?? 0)).PatternFill!;
        return fill.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor?.Rgb?.Value : null;
    }

    /// <summary>Number format id of a cell's format (9 is <c>0%</c>).</summary>
    public uint NumberFormat(string sheet, string reference)
    {
        var cell = Cell(sheet, reference) ?? throw new InvalidOperationException($"no cell {reference} in {sheet}");
        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        return styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId?.Value ?? 0;
    }

    /// <summary>Rows of a sheet as texts, by column letter, from <paramref name="firstRow"/> on.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string sheet, uint firstRow)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var row in Sheet(sheet).Worksheet.Descendants<Row>().Where(r => r.RowIndex! >= firstRow))
        {
            rows.Add(row.Elements<Cell>().ToDictionary(
                c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]),
                c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? ""));
        }

        return rows;
    }

    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description} [{e.Id}]")];

    public void Dispose() => _document.Dispose();
}
