using Clausier.Word.Docx;
using Clausier.Word.Markdown.FormFields;
using DocumentFormat.OpenXml.Wordprocessing;
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
        var form = state.AnswerPoint.Current is not null || table.Descendants<FormFieldInline>().Any();
        var rows = table.OfType<MarkdownTableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var labelled = form || IsLabelValueTable(rows, columns);
        var widths = ColumnWidths.Compute(table, columns, state.Layout.TextWidth, labelled);

        SeparateFromPreviousBlock(state);

        var wordTable = new Table(Properties(state, labelled, widths.Sum()), new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        state.Blocks.Current.Append(wordTable);
        foreach (var row in rows)
        {
            wordTable.Append(Row(renderer, table, row, widths, form));
        }

        if (form)
        {
            foreach (var row in wordTable.Elements<TableRow>().SkipLast(1))
            {
                ElementWalk.Each<Paragraph>(row, paragraph => (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext());
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
        if (previous is Table)
        {
            state.AddParagraph(StyleNames.Normal);
            return;
        }

        var paragraph = previous as Paragraph ?? (previous is SdtBlock control ? ElementWalk.All<Paragraph>(control).LastOrDefault() : null);
        var style = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (paragraph is not null && (style is null || style == state.Styles.Id(StyleNames.ListParagraph)))
        {
            var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
            (properties.SpacingBetweenLines ??= new SpacingBetweenLines()).After = SpaceBeforeTable;
        }
    }

    private static TableProperties Properties(WriterState state, bool labelled, int width) => new()
    {
        TableStyle = new TableStyle { Val = state.Styles.Id(labelled ? StyleNames.AnswerTable : StyleNames.Table) },
        TableWidth = new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        TableLook = new TableLook
        {
            Val = labelled ? "06A0" : "0620",
            FirstRow = true,
            LastRow = false,
            FirstColumn = labelled,
            LastColumn = false,
            NoHorizontalBand = true,
            NoVerticalBand = true,
        },
    };

}
