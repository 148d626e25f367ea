using DocumentFormat.OpenXml.Spreadsheet;

using static Clausier.Analysis.Output.SheetLayout;

namespace Clausier.Analysis.Output;

public static partial class ComparisonWorkbook
{
    /// <summary>Columns of the matrix before the first candidate's group: Point, Intitulé, Section.</summary>
    internal const int MatrixPointColumns = 3;

    /// <summary>Columns of each candidate's group: Statut, Réponse, Justificatifs.</summary>
    internal const int MatrixCandidateColumns = 3;

    private static void AddMatrix(WorkbookContext context, Comparison comparison)
    {
        var part = context.AddSheet(MatrixSheet, out var index);
        var widths = PointColumnWidths.Concat(comparison.Candidates.SelectMany(_ => CandidateColumnWidths));
        using var sheet = new SheetBuilder(part, FrozenView(2, 2), DefaultRowHeight(), Widths(widths));
        var merges = new MergeCells();

        sheet.NextRow();
        sheet.Text(0, "Point de contrôle", WorkbookStyles.HeaderCentered);
        merges.AppendChild(new MergeCell { Reference = $"A1:{CellReference.Column(MatrixPointColumns - 1)}1" });
        for (var c = 0; c < comparison.Candidates.Count; c++)
        {
            var first = MatrixPointColumns + (c * MatrixCandidateColumns);
            sheet.Text(first, comparison.Candidates[c].Name, WorkbookStyles.HeaderCentered);
            merges.AppendChild(new MergeCell { Reference = $"{CellReference.Of(first, 1)}:{CellReference.Of(first + MatrixCandidateColumns - 1, 1)}" });
        }

        sheet.NextRow().Headers(["Point", "Intitulé", "Section"])
            .Headers(comparison.Candidates.SelectMany(_ => (string[])["Statut", "Réponse", "Justificatifs"]), MatrixPointColumns);

        for (var p = 0; p < comparison.Points.Count; p++)
        {
            var point = comparison.Points[p];
            sheet.NextRow()
                .Text(0, point.Id, WorkbookStyles.Text)
                .Text(1, point.Title, WorkbookStyles.Text)
                .Text(2, point.Section, WorkbookStyles.Text);
            for (var c = 0; c < comparison.Candidates.Count; c++)
            {
                var cell = comparison.Candidates[c].Answers[p];
                var first = MatrixPointColumns + (c * MatrixCandidateColumns);
                sheet.Text(first, ComparisonLabels.French(cell.Outcome), WorkbookStyles.ForOutcome(cell.Outcome))
                    .Text(first + 1, cell.Answer?.Answer, cell.AnswerMissing ? WorkbookStyles.TextMissing : WorkbookStyles.Text)
                    .Text(first + 2, cell.Answer?.Evidence, WorkbookStyles.Text);
            }
        }

        var lastColumn = CellReference.Column(MatrixPointColumns + (comparison.Candidates.Count * MatrixCandidateColumns) - 1);
        var filter = $"A2:{lastColumn}{Math.Max(sheet.Row, 2)}";
        sheet.Finish(new AutoFilter { Reference = filter }, merges);
        context.AddFilterName(MatrixSheet, index, Absolute(filter));
    }

    private static readonly double[] PointColumnWidths = [13, 45, 9];

    private static readonly double[] CandidateColumnWidths = [14, 50, 30];

    /// <summary><c>A2:F9</c> → <c>$A$2:$F$9</c>.</summary>
    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r =>
        {
            var digits = r.AsSpan().IndexOfAnyInRange('0', '9');
            return $"${r[..digits]}${r[digits..]}";
        }));
}
