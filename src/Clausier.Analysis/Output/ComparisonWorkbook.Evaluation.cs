using Clausier.Analysis.Evaluating;
using Clausier.Core.Evaluation;
using static Clausier.Analysis.Output.SheetLayout;

namespace Clausier.Analysis.Output;

public static partial class ComparisonWorkbook
{
    public const string RegularitySheet = "Régularité";
    public const string ScoresSheet = "Notation";

    /// <summary>Row of the Notation table header; candidates follow, one per row.</summary>
    internal const uint ScoresHeaderRow = 5;

    /// <summary>Column of the first section score in Notation (zero-based).</summary>
    internal const int FirstScoreSectionColumn = 4;

    private static readonly (string Header, double Width)[] RegularityColumns =
    [
        ("Candidat", 30), ("Situation de l’offre", 20), ("Point", 13), ("Intitulé", 36), ("Règle", 60), ("Action proposée", 22),
        ("Statut", 12), ("Réponse du candidat", 50), ("Décision de l’acheteur", 40),
    ];

    private static readonly double[] ScoreSummaryWidths = [30D, 20D, 12D, 12D];

    private static readonly (string Header, double Width)[] ScoreDetailColumns =
    [
        ("Candidat", 30), ("Point", 13), ("Intitulé", 36), ("Section", 10), ("Importance", 18), ("Valeur du point", 11),
        ("Réponse", 14), ("Règle du barème", 30), ("Part retenue", 10), ("Points obtenus", 10), ("Ajustement et motif", 50),
    ];

    private static void AddRegularity(WorkbookContext context, Evaluation evaluation)
    {
        var part = context.AddSheet(RegularitySheet, out var index);
        using var sheet = new SheetBuilder(part, FrozenView(0, 1), DefaultRowHeight(), Widths(RegularityColumns.Select(c => c.Width)));
        sheet.NextRow().Headers(RegularityColumns.Select(c => c.Header));

        foreach (var candidate in evaluation.Candidates)
        {
            if (candidate.Findings.Count == 0)
            {
                sheet.NextRow().Text(0, candidate.Name, WorkbookStyles.Text).Text(1, EvaluationLabels.French(candidate.Regularity), WorkbookStyles.Text)
                    .Text(4, "Aucune irrégularité relevée.", WorkbookStyles.Text);
                continue;
            }

            foreach (var finding in candidate.Findings)
            {
                sheet.NextRow()
                    .Text(0, candidate.Name, WorkbookStyles.Text)
                    .Text(1, EvaluationLabels.French(candidate.Regularity), WorkbookStyles.Text)
                    .Text(2, finding.PointId ?? ComparisonLabels.WholeAnnex, WorkbookStyles.Text)
                    .Text(3, finding.Title, WorkbookStyles.Text)
                    .Text(4, finding.Rule, WorkbookStyles.Text)
                    .Text(5, EvaluationLabels.French(finding.Action), finding.Action == SuggestedAction.Irregular ? WorkbookStyles.StatusNon : WorkbookStyles.StatusMissing)
                    .Text(6, finding.Status, WorkbookStyles.Text)
                    .Text(7, finding.Answer, WorkbookStyles.Text)
                    .Text(8, finding.Decision is { } d ? $"Accepté : {d.Reason}" : null, WorkbookStyles.Text);
            }
        }

        var filter = $"A1:{CellReference.Column(RegularityColumns.Length - 1)}{sheet.Row}";
        sheet.Finish(new DocumentFormat.OpenXml.Spreadsheet.AutoFilter { Reference = filter });
        context.AddFilterName(RegularitySheet, index, Absolute(filter));
    }

    private static void AddScores(WorkbookContext context, Evaluation evaluation)
    {
        var grid = evaluation.Grid;
        var part = context.AddSheet(ScoresSheet, out _);
        var widths = ScoreSummaryWidths.Concat(grid.Sections.Select(_ => 14D)).ToList();
        while (widths.Count < ScoreDetailColumns.Length)
        {
            widths.Add(14D);
        }

        using var sheet = new SheetBuilder(part, FrozenView(1, ScoresHeaderRow), DefaultRowHeight(), Widths(widths));
        sheet.NextRow().Text(0, $"Notation — sous-critère « {grid.Criterion} », sur {EvaluationLabels.Number(grid.Total)} points", WorkbookStyles.Title);
        sheet.NextRow().Text(0, EvaluationLabels.Scale(grid.Scale), WorkbookStyles.Note);
        sheet.NextRow().Text(0, Evaluation.RoundingRule, WorkbookStyles.Note);
        sheet.NextRow();
        sheet.NextRow()
            .Headers(["Candidat", "Situation de l’offre", $"Note sur {EvaluationLabels.Number(grid.Total)}", "Rang"])
            .Headers(grid.Sections.Select(section => $"Section {section.Key} (sur {EvaluationLabels.Number(section.Weight)})"), FirstScoreSectionColumn);

        foreach (var candidate in evaluation.Candidates)
        {
            sheet.NextRow().Text(0, candidate.Name, WorkbookStyles.Text).Text(1, EvaluationLabels.French(candidate.Regularity), WorkbookStyles.Text)
                .Number(2, candidate.Rounded, WorkbookStyles.Decimal).Text(3, EvaluationLabels.Rank(candidate), WorkbookStyles.Text);
            for (var s = 0; s < candidate.Sections.Count; s++)
            {
                sheet.Number(FirstScoreSectionColumn + s, Math.Round(candidate.Sections[s].Earned, 2, MidpointRounding.AwayFromZero), WorkbookStyles.Decimal);
            }
        }

        sheet.Skip(1).NextRow().Text(0, "Détail par point", WorkbookStyles.Header);
        sheet.NextRow().Headers(ScoreDetailColumns.Select(c => c.Header));

        foreach (var candidate in evaluation.Candidates)
        {
            foreach (var score in candidate.Points)
            {
                sheet.NextRow()
                    .Text(0, candidate.Name, WorkbookStyles.Text)
                    .Text(1, score.Point.Id, WorkbookStyles.Text)
                    .Text(2, score.Point.Title, WorkbookStyles.Text)
                    .Text(3, score.Point.ScoreSection, WorkbookStyles.Text)
                    .Text(4, score.Point.Importance.ToFrench(), WorkbookStyles.Text)
                    .Number(5, score.Point.Value, WorkbookStyles.Decimal)
                    .Text(6, ComparisonLabels.French(score.Outcome), WorkbookStyles.ForOutcome(score.Outcome))
                    .Text(7, score.Basis, WorkbookStyles.Text)
                    .Number(8, score.Share, WorkbookStyles.Percent)
                    .Number(9, score.Earned, WorkbookStyles.Decimal)
                    .Text(10, score.Adjustment is { } a ? $"{EvaluationLabels.Percent(score.ComputedShare)} → {EvaluationLabels.Percent(score.Share)} : {a.Reason}" : null, WorkbookStyles.Text);
            }
        }

        sheet.Finish();
    }
}
