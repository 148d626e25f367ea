using static Clausier.Analysis.Output.SheetLayout;

namespace Clausier.Analysis.Output;

public static partial class ComparisonWorkbook
{
    /// <summary>Row of the Synthèse table header; candidates follow, one per row.</summary>
    internal const uint SynthesisHeaderRow = 5;

    /// <summary>Column of the first per-section rate in Synthèse (zero-based); the chart's categories start here.</summary>
    internal const int FirstSectionColumn = 9;

    private static readonly (string Header, double Width)[] SynthesisColumns =
    [
        ("Candidat", 32), ("Fichier", 28), ("Oui", 8), ("Non", 8), ("Non concerné", 12), ("Partiel", 9),
        ("Sans réponse", 11), ("Problèmes d'intégrité", 13), ("Conformité globale", 12),
    ];

    private static void AddSynthesis(WorkbookContext context, Comparison comparison)
    {
        var part = context.AddSheet(SynthesisSheet, out _);
        var widths = SynthesisColumns.Select(c => c.Width).Concat(comparison.Sections.Select(_ => 12D));
        using var sheet = new SheetBuilder(part, FrozenView(1, SynthesisHeaderRow), DefaultRowHeight(), Widths(widths));
        sheet.NextRow().Text(0, "Comparaison des candidats", WorkbookStyles.Title);
        sheet.NextRow().Text(0, ComparisonLabels.Tender(comparison.Tender), WorkbookStyles.Note);
        sheet.NextRow().Text(0, Comparison.RateDefinition, WorkbookStyles.Note);
        sheet.NextRow().Text(0, comparison.Forced ? ComparisonLabels.ForcedNotice : null, WorkbookStyles.Note);

        sheet.NextRow().Headers(SynthesisColumns.Select(c => c.Header)).Headers(comparison.Sections.Select(s => s.Label), FirstSectionColumn);

        foreach (var candidate in comparison.Candidates)
        {
            var counts = candidate.Counts;
            sheet.NextRow()
                .Text(0, candidate.Name, WorkbookStyles.Text)
                .Text(1, Path.GetFileName(candidate.File), WorkbookStyles.Text)
                .Number(2, counts.Oui, WorkbookStyles.Integer)
                .Number(3, counts.Non, WorkbookStyles.Integer)
                .Number(4, counts.NonConcerne, WorkbookStyles.Integer)
                .Number(5, counts.Partiel, WorkbookStyles.Integer)
                .Number(6, counts.Missing, WorkbookStyles.Integer)
                .Number(7, candidate.IntegrityProblems, WorkbookStyles.Integer)
                .Number(8, candidate.Overall.Rate, WorkbookStyles.Percent);
            for (var s = 0; s < candidate.Sections.Count; s++)
            {
                sheet.Number(FirstSectionColumn + s, candidate.Sections[s].Rate, WorkbookStyles.Percent);
            }
        }

        if (comparison.Excluded.Count > 0)
        {
            sheet.Skip(1).NextRow().Headers(["Fichiers non comparés", "Motif"]);
            foreach (var file in comparison.Excluded)
            {
                sheet.NextRow().Text(0, Path.GetFileName(file.File), WorkbookStyles.Text).Text(1, file.ReasonFr, WorkbookStyles.Text);
            }
        }

        var drawing = comparison.Sections.Count > 0
            ? ComplianceChart.Add(part, comparison, SynthesisSheet, SynthesisHeaderRow, FirstSectionColumn, topRow: sheet.Row + 2)
            : null;
        sheet.Finish(drawing);
    }
}
