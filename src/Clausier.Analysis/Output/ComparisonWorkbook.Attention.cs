using DocumentFormat.OpenXml.Spreadsheet;

using static Clausier.Analysis.Output.SheetLayout;

namespace Clausier.Analysis.Output;

public static partial class ComparisonWorkbook
{
    private static readonly (string Header, double Width)[] AttentionColumns =
    [
        ("Candidat", 30), ("Point", 13), ("Intitulé", 40), ("Problème", 22), ("Justification du candidat", 60), ("Détail", 60),
    ];

    private static void AddAttention(WorkbookContext context, Comparison comparison)
    {
        var part = context.AddSheet(AttentionSheet, out var index);
        using var sheet = new SheetBuilder(part, FrozenView(0, 1), DefaultRowHeight(), Widths(AttentionColumns.Select(c => c.Width)));
        sheet.NextRow().Headers(AttentionColumns.Select(c => c.Header));

        foreach (var candidate in comparison.Candidates)
        {
            foreach (var item in candidate.Attention)
            {
                sheet.NextRow()
                    .Text(0, candidate.Name, WorkbookStyles.Text)
                    .Text(1, item.PointId ?? ComparisonLabels.WholeAnnex, WorkbookStyles.Text)
                    .Text(2, item.Title, WorkbookStyles.Text)
                    .Text(3, ComparisonLabels.French(item.Kind), KindStyle(item.Kind))
                    .Text(4, item.Justification, WorkbookStyles.Text)
                    .Text(5, item.Detail, WorkbookStyles.Text);
            }
        }

        var filter = $"A1:{CellReference.Column(AttentionColumns.Length - 1)}{sheet.Row}";
        sheet.Finish(new AutoFilter { Reference = filter });
        context.AddFilterName(AttentionSheet, index, Absolute(filter));
    }

    private static uint KindStyle(AttentionKind kind) => kind switch
    {
        AttentionKind.Non => WorkbookStyles.StatusNon,
        AttentionKind.Partiel => WorkbookStyles.StatusPartiel,
        AttentionKind.MissingAnswer or AttentionKind.MissingJustification => WorkbookStyles.StatusMissing,
        _ => WorkbookStyles.Text,
    };
}
