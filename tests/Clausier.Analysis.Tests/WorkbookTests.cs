using Clausier.Analysis.Output;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Testing;
using DocumentFormat.OpenXml.Drawing.Charts;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Analysis.Tests;

public class WorkbookTests
{
    private static byte[] Workbook() => ComparisonWorkbook.ToBytes(CandidateComparison.Build(Candidates.Three(), force: false).Value!);

    [Fact]
    public void Workbook_passes_the_open_xml_validator()
    {
        using var xlsx = new Xlsx(Workbook());

        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal([ComparisonWorkbook.SynthesisSheet, ComparisonWorkbook.MatrixSheet, ComparisonWorkbook.AttentionSheet], xlsx.SheetNames);
    }

    [Fact]
    public void Synthesis_cells_hold_the_counts_and_rates_of_each_candidate()
    {
        using var xlsx = new Xlsx(Workbook());
        const string sheet = ComparisonWorkbook.SynthesisSheet;

        Assert.Equal(["Candidat", "Fichier", "Oui", "Non", "Non concerné", "Partiel", "Sans réponse", "Problèmes d'intégrité", "Conformité globale",
            "Section 1", "Section 2", "Section 7", "Section 12.1", "Section 12.2"],
            xlsx.Rows(sheet, 5)[0].Values);
        Assert.Equal("Beta Informatique", xlsx.Text(sheet, "A7"));
        Assert.Equal([4.0, 2, 0, 1, 1, 1], new[] { "C7", "D7", "E7", "F7", "G7", "H7" }.Select(c => xlsx.Number(sheet, c)!.Value));
        Assert.Equal([2.0, 1, 2, 0, 2, 1], new[] { "C8", "D8", "E8", "F8", "G8", "H8" }.Select(c => xlsx.Number(sheet, c)!.Value));
        Assert.Equal(4.0 / 7, xlsx.Number(sheet, "I7")!.Value, 10);
        Assert.Equal([1.0, 0, 1, 0, 1], new[] { "J7", "K7", "L7", "M7", "N7" }.Select(c => xlsx.Number(sheet, c)!.Value));
        Assert.Equal(0.5, xlsx.Number(sheet, "N8"));
        Assert.Equal(9U, xlsx.NumberFormat(sheet, "N8"));
        Assert.Equal(9U, xlsx.NumberFormat(sheet, "I6"));
    }

    [Fact]
    public void Chart_has_one_column_series_per_candidate_referencing_the_rate_cells()
    {
        using var xlsx = new Xlsx(Workbook());

        var drawing = xlsx.Sheet(ComparisonWorkbook.SynthesisSheet).DrawingsPart;
        Assert.NotNull(drawing);
        var chart = Assert.Single(drawing.ChartParts).ChartSpace;
        var bar = Assert.Single(chart.Descendants<BarChart>());
        Assert.Equal(BarDirectionValues.Column, bar.BarDirection!.Val!.Value);
        Assert.Equal(BarGroupingValues.Clustered, bar.BarGrouping!.Val!.Value);
        var series = bar.Elements<BarChartSeries>().ToList();
        Assert.Equal(3, series.Count);
        Assert.Equal("'Synthèse'!$A$7", series[1].SeriesText!.StringReference!.Formula!.Text);
        Assert.Equal("'Synthèse'!$J$7:$N$7", series[1].Descendants<DocumentFormat.OpenXml.Drawing.Charts.Values>().Single().NumberReference!.Formula!.Text);
        Assert.Equal("'Synthèse'!$J$5:$N$5", series[1].Descendants<CategoryAxisData>().Single().StringReference!.Formula!.Text);
        Assert.Equal("Gamma", series[2].SeriesText!.StringReference!.StringCache!.Descendants<NumericValue>().Single().Text);
    }

    [Fact]
    public void Matrix_colours_each_status_and_freezes_header_rows_and_point_columns()
    {
        using var xlsx = new Xlsx(Workbook());
        const string sheet = ComparisonWorkbook.MatrixSheet;

        // Row 3 is O-1.1; statuses are in D (Alpha), G (Beta), J (Gamma).
        Assert.Equal("O-1.1", xlsx.Text(sheet, "A3"));
        Assert.Equal(("Oui", WorkbookStyles.OuiColor), (xlsx.Text(sheet, "D3"), xlsx.Fill(sheet, "D3")));
        Assert.Equal(("Sans réponse", WorkbookStyles.MissingColor), (xlsx.Text(sheet, "J3"), xlsx.Fill(sheet, "J3")));
        Assert.Equal(("Non concerné", WorkbookStyles.NonConcerneColor), (xlsx.Text(sheet, "D4"), xlsx.Fill(sheet, "D4")));
        Assert.Equal(("Non", WorkbookStyles.NonColor), (xlsx.Text(sheet, "G4"), xlsx.Fill(sheet, "G4")));
        Assert.Equal(Candidates.BetaRefusal, xlsx.Text(sheet, "H4"));
        Assert.Equal(("Partiel", WorkbookStyles.PartielColor), (xlsx.Text(sheet, "G5"), xlsx.Fill(sheet, "G5")));
        Assert.Equal(WorkbookStyles.MissingColor, xlsx.Fill(sheet, "H6")); // O-3.1: Beta's required description is empty

        var worksheet = xlsx.Sheet(sheet).Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((2.0, 2.0, "C3", PaneStateValues.Frozen), (pane.HorizontalSplit!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal("A2:L10", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Contains(worksheet.Descendants<MergeCell>(), m => m.Reference == "D1:F1");
        Assert.Equal("Beta Informatique", xlsx.Text(sheet, "G1"));
    }

    [Fact]
    public void Attention_sheet_lists_candidate_point_issue_and_justification()
    {
        using var xlsx = new Xlsx(Workbook());

        var rows = xlsx.Rows(ComparisonWorkbook.AttentionSheet, 2);
        Assert.Equal(9, rows.Count);
        Assert.Equal(["Beta Informatique", "O-2.1", "Nature et finalité du traitement confié", "Non", Candidates.BetaRefusal],
            new[] { "A", "B", "C", "D", "E" }.Select(column => rows[0][column]));
        Assert.Equal(("O-7.2", "Clause modifiée"), (rows[3]["B"], rows[3]["D"]));
        Assert.Equal(("Gamma", "Annexe", "Révisions non acceptées"), (rows[5]["A"], rows[5]["B"], rows[5]["D"]));
        Assert.Equal(("O-1.1", "Sans réponse"), (rows[6]["B"], rows[6]["D"]));
        Assert.Equal(WorkbookStyles.NonColor, xlsx.Fill(ComparisonWorkbook.AttentionSheet, "D2"));
    }

    [Fact]
    public void Same_comparison_gives_the_same_bytes_and_fixed_core_properties()
    {
        var first = Workbook();
        var second = Workbook();

        Assert.Equal(first, second);
        using var xlsx = new Xlsx(first);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), xlsx.Document.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal("Clausier.Docs", xlsx.Document.PackageProperties.Creator);
    }

    [Fact]
    public void Forced_comparison_with_an_excluded_file_is_valid_and_says_so()
    {
        var comparison = CandidateComparison.Build(
            [Candidates.Alpha(), Candidates.Unreadable("broken.docx"), Candidates.Beta("INFO 26-099")], force: true).Value!;
        using var xlsx = new Xlsx(ComparisonWorkbook.ToBytes(comparison));
        const string sheet = ComparisonWorkbook.SynthesisSheet;

        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal(ComparisonLabels.ForcedNotice, xlsx.Text(sheet, "A4"));
        Assert.Equal(("Fichiers non comparés", "broken.docx", "Ce n’est pas un document Word (.docx)"), (xlsx.Text(sheet, "A9"), xlsx.Text(sheet, "A10"), xlsx.Text(sheet, "B10")));
        var anchor = xlsx.Sheet(sheet).DrawingsPart!.WorksheetDrawing.Descendants<DocumentFormat.OpenXml.Drawing.Spreadsheet.FromMarker>().Single();
        Assert.Equal("11", anchor.RowId!.Text); // zero-based: the chart starts on row 12, below the list
        Assert.Equal(("Beta Informatique", "Autre consultation"), (xlsx.Text(ComparisonWorkbook.AttentionSheet, "A2"), xlsx.Text(ComparisonWorkbook.AttentionSheet, "D2")));
    }

    [SkippableFact]
    public void LibreOffice_Calc_opens_the_workbook_and_shows_the_rates()
    {
        Skip.IfNot(LibreOfficeCalc.IsAvailable, "LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)");
        using var temp = new TempDir("clausier-compare");
        var path = temp.Write("analyse.xlsx", Workbook());
        var pdfDir = Directory.CreateDirectory(Path.Combine(temp.Path, "pdf")).FullName;
        var csvDir = Directory.CreateDirectory(Path.Combine(temp.Path, "csv")).FullName;

        var pdf = Assert.Single(LibreOfficeCalc.Convert(path, pdfDir, "pdf"));
        // Token 9 "save cell contents as shown", token 12 "sheet 1": the Synthèse as the buyer sees it.
        var csv = Assert.Single(LibreOfficeCalc.Convert(path, csvDir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1"));

        Assert.True(new FileInfo(pdf).Length > 1000);
        var lines = File.ReadAllLines(csv);
        Assert.Contains("Beta Informatique,beta.docx,4,2,0,1,1,1,57%,100%,0%,100%,0%,100%", lines);
        Assert.Contains("Gamma,gamma.docx,2,1,2,0,2,1,57%,0%,100%,0%,100%,50%", lines);
    }
}
