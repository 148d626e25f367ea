using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Clausier.Analysis.Output;

/// <summary>
/// The clustered column chart of compliance by section (ECMA-376 Part 1, §21.2.2.16 <c>c:barChart</c>): the
/// sections are the categories, each candidate is a series whose values are its rate cells in Synthèse.
/// Each reference carries a cache of the values, so that viewers that do not recalculate show the chart.
/// </summary>
internal static class ComplianceChart
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const uint CategoryAxisId = 1001U;
    private const uint ValueAxisId = 1002U;

    /// <summary>Rows the chart spans, and the columns beyond the sections it spans at least.</summary>
    private const int ChartRows = 22;
    private const int MinimumChartColumns = 12;

    /// <summary>Adds the drawing and chart parts; returns the <c>drawing</c> element the worksheet must end with.</summary>
    public static S.Drawing Add(WorksheetPart sheetPart, Comparison comparison, string sheet, uint headerRow, int firstSectionColumn, uint topRow)
    {
        var drawings = sheetPart.AddNewPart<DrawingsPart>("rId1");
        var chartPart = drawings.AddNewPart<ChartPart>("rId1");
        chartPart.ChartSpace = Build(comparison, sheet, headerRow, firstSectionColumn);

        var width = Math.Max(MinimumChartColumns, firstSectionColumn + comparison.Sections.Count);
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.TwoCellAnchor(
                Marker<Xdr.FromMarker>(0, topRow - 1),
                Marker<Xdr.ToMarker>(width, topRow - 1 + ChartRows),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = "Conformité par section" },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 0L, Cy = 0L }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = "rId1" }) { Uri = ChartUri }))
                { Macro = "" },
                new Xdr.ClientData())
            { EditAs = Xdr.EditAsValues.OneCell });
        return new S.Drawing { Id = "rId1" };
    }

    private static T Marker<T>(int column, uint row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    private static C.ChartSpace Build(Comparison comparison, string sheet, uint headerRow, int firstSectionColumn)
    {
        var lastSectionColumn = firstSectionColumn + comparison.Sections.Count - 1;
        var categories = new C.CategoryAxisData(StringReference(
            CellReference.Absolute(sheet, firstSectionColumn, headerRow, lastSectionColumn, headerRow),
            comparison.Sections.Select(s => s.Label).ToList()));

        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < comparison.Candidates.Count; i++)
        {
            var candidate = comparison.Candidates[i];
            var row = headerRow + 1 + (uint)i;
            barChart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                new C.SeriesText(StringReference(CellReference.Absolute(sheet, 0, row, 0, row), [candidate.Name])),
                new C.InvertIfNegative { Val = false },
                (C.CategoryAxisData)categories.CloneNode(true),
                new C.Values(NumberReference(
                    CellReference.Absolute(sheet, firstSectionColumn, row, lastSectionColumn, row),
                    [.. candidate.Sections.Select(s => s.Rate)]))));
        }

        barChart.Append(
            new C.GapWidth { Val = 150 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        var chart = new C.Chart(
            Title("Taux de conformité par section"),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(
                new C.Layout(),
                barChart,
                CategoryAxis(),
                ValueAxis()),
            new C.Legend(
                new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
                new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "fr-FR" },
            new C.RoundedCorners { Val = false },
            chart);
        space.AddNamespaceDeclaration("c", ChartUri);
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1400, Bold = true }),
                new A.Run(new A.RunProperties { Language = "fr-FR", FontSize = 1400, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.CategoryAxis CategoryAxis() => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis() => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(
            new C.Orientation { Val = C.OrientationValues.MinMax },
            new C.MaxAxisValue { Val = 1D },
            new C.MinAxisValue { Val = 0D }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.MajorGridlines(),
        new C.NumberingFormat { FormatCode = "0%", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = CategoryAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between },
        new C.MajorUnit { Val = 0.2D });

    private static C.StringReference StringReference(string formula, IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(CellText.Clean(values[i]))) { Index = (uint)i });
        }

        return new C.StringReference(new C.Formula(formula), cache);
    }

    /// <summary>A blank cell has no point in the cache, as spreadsheet applications write it.</summary>
    private static C.NumberReference NumberReference(string formula, IReadOnlyList<double?> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("0%"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.NumberReference(new C.Formula(formula), cache);
    }
}
