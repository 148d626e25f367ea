using Clausier.Word.Docx;
using Clausier.Word.Markdown;
using System.Globalization;
using Clausier.Word.Wml;
using Markdig.Syntax;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace Clausier.Word.Renderers;

/// <summary>
/// Pipe tables → <c>w:tbl</c> with explicit widths, header row repeated on each page. Form tables (an
/// <c>::: answers</c> table, or any table holding fields, as the candidate block) use the answer table
/// style, a fixed label column, and rows kept together on one page. A two-column table whose header
/// has an empty second cell (<c>| Consultation | |</c>) is a label/value table and gets the same look.
/// </summary>
internal sealed partial class TableRenderer : WordObjectRenderer<MarkdownTable>
{
    private const string SpaceBeforeTable = "160";

    protected override void Write(WordRenderer renderer, MarkdownTable table)
    {
        var state = renderer.State;
        var form = state.AnswerPoint.Current is not null || MarkdownWalk.AnyField(table, _ => true);
        var rows = table.OfType<MarkdownTableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var labelled = form || IsLabelValueTable(rows, columns);
        var widths = ColumnWidths.Compute(table, columns, state.Layout.TextWidth, labelled);

        SeparateFromPreviousBlock(state);

        var grid = new WmlElement(W.TableGrid);
        foreach (var width in widths)
        {
            grid.Add(new WmlElement(W.GridColumn).Set(W.Width, Dxa(width)));
        }

        var wordTable = new WmlElement(W.Table).Add(Properties(state, labelled, widths.Sum())).Add(grid);
        state.Blocks.Current.Add(wordTable);
        var wordRows = rows.Select(row => Row(renderer, table, row, widths)).ToList();
        wordTable.Add(wordRows);
        if (form)
        {
            foreach (var row in wordRows.SkipLast(1))
            {
                WmlWalk.Each(row, W.Paragraph, paragraph => paragraph.Property(W.ParagraphProperties).Property(W.KeepNext));
            }
        }
    }

    private static bool IsLabelValueTable(List<MarkdownTableRow> rows, int columns) =>
        columns == 2
        && rows.FirstOrDefault() is { IsHeader: true } header
        && header.OfType<MarkdownTableCell>().ElementAtOrDefault(1) is var cell
        && (cell is null || cell.Descendants<ParagraphBlock>().All(p => p.Inline?.FirstChild is null));

    /// <summary>
    /// Adjacent tables would merge into one, so an empty paragraph separates them; body text (or the end
    /// of a clause) right above a table gets room before the table's top border.
    /// </summary>
    private static void SeparateFromPreviousBlock(WriterState state)
    {
        var previous = state.Blocks.Current.LastChild;
        if (previous?.Name == W.Table)
        {
            state.AddParagraph(StyleNames.Normal);
            return;
        }

        var paragraph = previous?.Name == W.Paragraph ? previous
            : previous?.Name == W.Sdt ? WmlWalk.All(previous, W.Paragraph).LastOrDefault()
            : null;
        var style = paragraph?.Child(W.ParagraphProperties)?.Child(W.ParagraphStyle)?.Get(W.Val);
        if (paragraph is not null && (style is null || style == state.Styles.Id(StyleNames.ListParagraph)))
        {
            paragraph.Property(W.ParagraphProperties).Property(W.Spacing).Set("w:after", SpaceBeforeTable);
        }
    }

    private static WmlElement Properties(WriterState state, bool labelled, int width) =>
        new WmlElement(W.TableProperties)
            .Add(new WmlElement(W.TableStyle).Set(W.Val, state.Styles.Id(labelled ? StyleNames.AnswerTable : StyleNames.Table)))
            .Add(new WmlElement(W.TableWidth).Set(W.Width, Dxa(width)).Set(W.Type, "dxa"))
            .Add(new WmlElement(W.TableLayout).Set(W.Type, "fixed"))
            .Add(new WmlElement(W.TableLook)
                .Set(W.Val, labelled ? "06A0" : "0620")
                .Set("w:firstRow", "true")
                .Set("w:lastRow", "false")
                .Set("w:firstColumn", labelled ? "true" : "false")
                .Set("w:lastColumn", "false")
                .Set("w:noHBand", "true")
                .Set("w:noVBand", "true"));

    private static string Dxa(int width) => width.ToString(CultureInfo.InvariantCulture);
}
