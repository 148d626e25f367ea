using Clausier.Word.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// A paragraph in the style its context imposes (note, quote, table cell, list item, or Normal). The first
/// paragraph of a list item carries the number; later ones are indented to the item's text.
/// </summary>
internal sealed class ParagraphRenderer : WordObjectRenderer<ParagraphBlock>
{
    private const string SpaceAfterTable = "160";

    protected override void Write(WordRenderer renderer, ParagraphBlock block)
    {
        var state = renderer.State;
        var item = state.ListItem.Current;
        var paragraph = state.AddParagraph(state.BlockStyle.Current ?? (item is null ? StyleNames.Normal : StyleNames.ListParagraph));
        var properties = paragraph.ParagraphProperties!;
        if (paragraph.PreviousSibling() is Table)
        {
            // Word has no space after a table; text that follows one would touch its border.
            properties.SpacingBetweenLines = new SpacingBetweenLines { Before = SpaceAfterTable };
        }

        if (item is not null)
        {
            if (item.TakeNumber())
            {
                properties.NumberingProperties = new NumberingProperties(
                    new NumberingLevelReference { Val = item.Level },
                    new NumberingId { Val = item.NumId });
            }
            else
            {
                properties.Indentation = new Indentation { Left = ListLevels.Left(item.Level).ToString() };
            }
        }

        if (state.Alignment.Current is { } alignment)
        {
            properties.Justification = new Justification { Val = alignment };
        }

        using (state.Inlines.Push(paragraph))
        {
            renderer.WriteChildren(block.Inline!);
        }
    }
}
