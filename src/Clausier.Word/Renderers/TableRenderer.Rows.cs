using Clausier.Word.Docx;
using Clausier.Word.Markdown.FormFields;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using MarkdownColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace Clausier.Word.Renderers;

/// <summary>Rows and cells: header rows repeat, form rows do not split, every cell ends with a paragraph.</summary>
internal sealed partial class TableRenderer
{
    /// <summary>1.5 cm.</summary>
    private const uint AnswerRowHeight = 851;

    private static TableRow Row(WordRenderer renderer, MarkdownTable table, MarkdownTableRow row, int[] widths, bool form)
    {
        var wordRow = new TableRow();
        var properties = new TableRowProperties();
        if (form)
        {
            properties.Append(new CantSplit());
        }

        if (row.Descendants<FormFieldInline>().Any(f => f.Name == "answer"))
        {
            // Room to write: the free-text answer row is visibly taller than the others, also on paper.
            properties.Append(new TableRowHeight { Val = AnswerRowHeight, HeightType = HeightRuleValues.AtLeast });
        }

        if (row.IsHeader)
        {
            properties.Append(new TableHeader());
        }

        if (properties.HasChildren)
        {
            wordRow.Append(properties);
        }

        var cells = row.OfType<MarkdownTableCell>().ToList();
        for (var i = 0; i < widths.Length; i++)
        {
            var alignment = i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null;
            wordRow.Append(Cell(renderer, cells.ElementAtOrDefault(i), widths[i], alignment));
        }

        return wordRow;
    }

    private static TableCell Cell(WordRenderer renderer, MarkdownTableCell? source, int width, MarkdownColumnAlign? alignment)
    {
        var state = renderer.State;
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        using (state.Blocks.Push(cell))
        using (state.InCell.Push(true))
        using (state.BlockStyle.Push(StyleNames.TableText))
        using (state.Alignment.Push(Justification(alignment)))
        using (state.ListItem.Push(null))
        {
            if (source is not null)
            {
                renderer.WriteChildren(source);
            }

            // A cell must end with a paragraph (ECMA-376 §17.4.66); Word refuses the file otherwise.
            if (cell.LastChild is not Paragraph)
            {
                state.AddParagraph(StyleNames.TableText);
            }
        }

        return cell;
    }

    private static JustificationValues? Justification(MarkdownColumnAlign? alignment) => alignment switch
    {
        MarkdownColumnAlign.Center => JustificationValues.Center,
        MarkdownColumnAlign.Right => JustificationValues.Right,
        _ => null,
    };
}
