using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Analysis.Output;

/// <summary>
/// Writes one worksheet part front to back with the SDK's streaming writer: the elements before
/// <c>sheetData</c>, then rows and cells as they come, then the elements after it (§18.3.1.99 fixes
/// the order). With many candidates the matrix has tens of thousands of cells; streaming them is
/// faster than building them as a DOM (docs/performance.md) and holds none of them in memory.
/// Text goes into inline-string cells, so nothing a candidate wrote can become a formula; an empty
/// value writes no cell unless a style must show.
/// </summary>
internal sealed class SheetBuilder : IDisposable
{
    private readonly OpenXmlWriter _writer;
    private bool _rowOpen;
    private bool _finished;

    public SheetBuilder(WorksheetPart part, params OpenXmlElement[] beforeData)
    {
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        foreach (var element in beforeData)
        {
            _writer.WriteElement(element);
        }

        _writer.WriteStartElement(new SheetData());
    }

    /// <summary>One-based index of the current row; 0 before the first.</summary>
    public uint Row { get; private set; }

    public SheetBuilder NextRow()
    {
        CloseRow();
        Row++;
        _writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", Row.ToString(CultureInfo.InvariantCulture))]);
        _rowOpen = true;
        return this;
    }

    public SheetBuilder Skip(uint rows)
    {
        CloseRow();
        Row += rows;
        return this;
    }

    public SheetBuilder Text(int column, string? text, uint style)
    {
        if (string.IsNullOrEmpty(text))
        {
            return style == WorkbookStyles.Default ? this : Blank(column, style);
        }

        StartCell(column, style, inlineString: true);
        _writer.WriteElement(new InlineString(new Text(CellText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>Header cells on the current row, one per text from <paramref name="firstColumn"/> on.</summary>
    public SheetBuilder Headers(IEnumerable<string> texts, int firstColumn = 0)
    {
        var column = firstColumn;
        foreach (var text in texts)
        {
            Text(column++, text, WorkbookStyles.Header);
        }

        return this;
    }

    public SheetBuilder Number(int column, double? value, uint style)
    {
        if (value is not { } number)
        {
            return Blank(column, style);
        }

        StartCell(column, style, inlineString: false);
        _writer.WriteElement(new CellValue(number.ToString(CultureInfo.InvariantCulture)));
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>A boolean cell (<c>t="b"</c>), which spreadsheet readers load as true or false rather than as text.</summary>
    public SheetBuilder Boolean(int column, bool value, uint style)
    {
        if (!_rowOpen)
        {
            throw new InvalidOperationException("no current row: call NextRow first");
        }

        _writer.WriteStartElement(new Cell(), [
            new OpenXmlAttribute("r", "", CellReference.Of(column, Row)),
            new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("t", "", "b")]);
        _writer.WriteElement(new CellValue(value ? "1" : "0"));
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>A styled cell without a value, so that its fill shows.</summary>
    public SheetBuilder Blank(int column, uint style)
    {
        StartCell(column, style, inlineString: false);
        _writer.WriteEndElement();
        return this;
    }

    /// <summary>Ends <c>sheetData</c>, writes what follows it (autofilter, merged cells, drawing) and closes the part.</summary>
    public void Finish(params OpenXmlElement?[] afterData)
    {
        CloseRow();
        _writer.WriteEndElement();
        foreach (var element in afterData.OfType<OpenXmlElement>())
        {
            _writer.WriteElement(element);
        }

        _writer.WriteEndElement();
        _writer.Close();
        _finished = true;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _writer.Dispose();
        }
    }

    private void StartCell(int column, uint style, bool inlineString)
    {
        if (!_rowOpen)
        {
            throw new InvalidOperationException("no current row: call NextRow first");
        }

        var reference = new OpenXmlAttribute("r", "", CellReference.Of(column, Row));
        var styleIndex = new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture));
        _writer.WriteStartElement(new Cell(), inlineString
            ? [reference, styleIndex, new OpenXmlAttribute("t", "", "inlineStr")]
            : [reference, styleIndex]);
    }

    private void CloseRow()
    {
        if (_rowOpen)
        {
            _writer.WriteEndElement();
            _rowOpen = false;
        }
    }
}
