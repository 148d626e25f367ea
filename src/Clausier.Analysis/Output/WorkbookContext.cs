using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Analysis.Output;

/// <summary>What adding a sheet needs; relationship ids of the workbook part are handed out in order.</summary>
internal sealed class WorkbookContext(WorkbookPart workbook, Sheets sheets, DefinedNames definedNames)
{
    private int _nextId = 2; // rId1 is the styles part

    public WorkbookPart Workbook => workbook;

    public WorksheetPart AddSheet(string name, out uint sheetIndex)
    {
        var id = $"rId{_nextId++}";
        var part = workbook.AddNewPart<WorksheetPart>(id);
        sheetIndex = (uint)sheets.ChildElements.Count;
        sheets.AppendChild(new Sheet { Id = id, SheetId = sheetIndex + 1, Name = name });
        return part;
    }

    /// <summary>Excel's hidden name behind an autofilter (§18.2.5); without it Excel rebuilds the filter on open.</summary>
    public void AddFilterName(string sheet, uint sheetIndex, string range) =>
        definedNames.AppendChild(new DefinedName($"{CellReference.QuotedSheet(sheet)}!{range}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = sheetIndex,
            Hidden = true,
        });
}
