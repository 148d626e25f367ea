using Clausier.Word.Docx;
using Clausier.Word.Markdown;
using Clausier.Word.Wml;
using MarkdownColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace Clausier.Word.Renderers;

/// <summary>
/// Rows and cells: header rows repeat, no row of ordinary length splits across pages (a row's last line
/// alone on the next page reads as a row of its own), every cell ends with a paragraph.
/// </summary>
internal sealed partial class TableRenderer
{
    /// <summary>1.5 cm.</summary>
    private const string AnswerRowHeight = "851";

    /// <summary>
    /// Above this much Markdown in one cell, a row may split: a row kept whole that is taller than a page
    /// is cut off by Word, and a quoted answer can be that long.
    /// </summary>
    private const int MaxUnsplitCellCharacters = 1200;

    private static WmlElement Row(WordRenderer renderer, MarkdownTable table, MarkdownTableRow row, int[] widths)
    {
        var wordRow = new WmlElement(W.TableRow);
        var properties = new WmlElement(W.TableRowProperties);
        if (row.IsHeader || FitsOnAPage(row))
        {
            properties.Add(new WmlElement(W.CantSplit));
        }

        if (MarkdownWalk.AnyField(row, f => f.Name == "answer"))
        {
            // Room to write: the free-text answer row is visibly taller than the others, also on paper.
            properties.Add(new WmlElement(W.TableRowHeight).Set(W.Val, AnswerRowHeight).Set("w:hRule", "atLeast"));
        }

        if (row.IsHeader)
        {
            properties.Add(new WmlElement(W.TableHeader));
        }

        wordRow.Add(properties);

        var cells = row.OfType<MarkdownTableCell>().ToList();
        for (var i = 0; i < widths.Length; i++)
        {
            var alignment = i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null;
            wordRow.Add(Cell(renderer, cells.ElementAtOrDefault(i), widths[i], alignment));
        }

        return wordRow;
    }

    private static bool FitsOnAPage(MarkdownTableRow row)
    {
        foreach (var cell in row)
        {
            if (cell.Span.Length > MaxUnsplitCellCharacters)
            {
                return false;
            }
        }

        return true;
    }

    private static WmlElement Cell(WordRenderer renderer, MarkdownTableCell? source, int width, MarkdownColumnAlign? alignment)
    {
        var state = renderer.State;
        var cell = new WmlElement(W.TableCell)
            .Add(new WmlElement(W.TableCellProperties).Add(new WmlElement(W.TableCellWidth).Set(W.Width, Dxa(width)).Set(W.Type, "dxa")));
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
            if (cell.LastChild?.Name != W.Paragraph)
            {
                state.AddParagraph(StyleNames.TableText);
            }
        }

        return cell;
    }

    private static string? Justification(MarkdownColumnAlign? alignment) => alignment switch
    {
        MarkdownColumnAlign.Center => "center",
        MarkdownColumnAlign.Right => "right",
        _ => null,
    };
}
