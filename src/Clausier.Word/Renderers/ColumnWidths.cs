using Clausier.Word.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// Explicit column widths in dxa, so that Word and LibreOffice lay tables out alike (neither honours
/// auto-fit the same way). Form and label/value tables get a fixed label column; other tables share the width in
/// proportion to their longest cell text, then widen any column too narrow for its longest word (a file
/// name, « Valeur », « Exigence ») at the expense of the columns that can spare it, so that no word is cut
/// across lines as long as the page is wide enough.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>4.5 cm: "Description / justification" on one line, "Date de mise en conformité" on two, at 10 pt bold.</summary>
    public const int LabelColumn = 2552;

    private const int MinWeight = 6;
    private const int MaxWeight = 48;

    private const int ShortHeaderLength = 16;

    /// <summary>A character of 10 pt table text, bold header included, with room for capitals.</summary>
    private const int CharWidth = 110;

    /// <summary>The table style's left and right cell margins, plus a little slack for borders.</summary>
    private const int CellPadding = 260;

    public static int[] Compute(Table table, int columns, int totalWidth, bool labelled)
    {
        if (columns == 1)
        {
            return [totalWidth];
        }

        var weights = labelled
            ? Enumerable.Range(0, columns).Select(i => i == 0 ? 0.0 : 1.0).ToArray()
            : Enumerable.Range(0, columns).Select(i => (double)Math.Clamp(Longest(table, i, Text), MinWeight, MaxWeight)).ToArray();
        var available = labelled ? totalWidth - LabelColumn : totalWidth;
        var widths = weights.Select(w => (int)(available * w / weights.Sum())).ToArray();
        if (labelled)
        {
            widths[0] = LabelColumn;
        }
        else
        {
            var minimums = Enumerable.Range(0, columns)
                .Select(i => Math.Min(Math.Max(Longest(table, i, LongestWord), ShortHeader(table, i)), MaxWeight) * CharWidth + CellPadding)
                .ToArray();
            if (minimums.Sum() <= totalWidth)
            {
                Widen(widths, minimums);
            }
        }

        widths[^1] += totalWidth - widths.Sum();
        return widths;
    }

    /// <summary>
    /// Brings each column up to its minimum, taking the width from the other columns in proportion to what
    /// they hold above their own minimum; the caller checked that the minimums fit.
    /// </summary>
    private static void Widen(int[] widths, int[] minimums)
    {
        var missing = widths.Select((w, i) => Math.Max(0, minimums[i] - w)).Sum();
        var spare = widths.Select((w, i) => Math.Max(0, w - minimums[i])).ToArray();
        var totalSpare = spare.Sum();
        if (missing == 0 || totalSpare == 0)
        {
            return;
        }

        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = widths[i] < minimums[i]
                ? minimums[i]
                : widths[i] - (int)Math.Ceiling((double)missing * spare[i] / totalSpare);
        }
    }

    private static int Longest(Table table, int column, Func<string, int> measure) =>
        table.OfType<TableRow>()
            .Select(row => row.OfType<TableCell>().ElementAtOrDefault(column))
            .Select(cell => cell is null ? 0 : measure(CellText(cell)))
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>A short header (« Note sur 20 », « Points obtenus ») stays on one line rather than leave a lone word below.</summary>
    private static int ShortHeader(Table table, int column)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader)?.OfType<TableCell>().ElementAtOrDefault(column);
        var length = header is null ? 0 : CellText(header).Length;
        return length <= ShortHeaderLength ? length : 0;
    }

    private static string CellText(TableCell cell) => string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => PlainText.Of(p.Inline)));

    private static int Text(string text) => text.Length;

    private static int LongestWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
}
