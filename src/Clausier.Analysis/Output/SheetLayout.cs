using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Analysis.Output;

/// <summary>Sheet-level layout shared by the workbooks: frozen header panes, row height, column widths.</summary>
internal static class SheetLayout
{
    public static SheetViews FrozenView(int columns, uint rows)
    {
        var topLeft = CellReference.Of(columns, rows + 1);
        var pane = columns == 0 ? PaneValues.BottomLeft : PaneValues.BottomRight;
        var frozen = new Pane { VerticalSplit = rows, TopLeftCell = topLeft, ActivePane = pane, State = PaneStateValues.Frozen };
        if (columns > 0)
        {
            frozen.HorizontalSplit = columns;
        }

        return new SheetViews(new SheetView(
            frozen,
            new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0U,
        });
    }

    public static SheetFormatProperties DefaultRowHeight() => new() { DefaultRowHeight = 15D };

    public static Columns Widths(IEnumerable<double> widths) =>
        new(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
}
