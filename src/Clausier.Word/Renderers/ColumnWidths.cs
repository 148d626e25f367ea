using Clausier.Word.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// Explicit column widths in dxa, so that Word and LibreOffice lay tables out alike (neither honours
/// auto-fit the same way). Form and label/value tables get a fixed label column; other tables share the width in
/// proportion to their longest cell text.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>4.5 cm: "Description / justification" on one line, "Date de mise en conformité" on two, at 10 pt bold.</summary>
    public const int LabelColumn = 2552;

    private const int MinWeight = 6;
    private const int MaxWeight = 48;

    public static int[] Compute(Table table, int columns, int totalWidth, bool labelled)
    {
        if (columns == 1)
        {
            return [totalWidth];
        }

        var weights = labelled
            ? Enumerable.Range(0, columns).Select(i => i == 0 ? 0.0 : 1.0).ToArray()
            : Enumerable.Range(0, columns).Select(i => (double)Math.Clamp(LongestText(table, i), MinWeight, MaxWeight)).ToArray();
        var available = labelled ? totalWidth - LabelColumn : totalWidth;
        var widths = weights.Select(w => (int)(available * w / weights.Sum())).ToArray();
        if (labelled)
        {
            widths[0] = LabelColumn;
        }

        widths[^1] += totalWidth - widths.Sum();
        return widths;
    }

    private static int LongestText(Table table, int column) =>
        table.OfType<TableRow>()
            .Select(row => row.OfType<TableCell>().ElementAtOrDefault(column))
            .Select(cell => cell?.OfType<ParagraphBlock>().Sum(p => PlainText.Of(p.Inline).Length) ?? 0)
            .DefaultIfEmpty(0)
            .Max();
}
