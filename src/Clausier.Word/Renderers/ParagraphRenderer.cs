using System.Globalization;
using Clausier.Word.Docx;
using Clausier.Word.Wml;
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
        var properties = paragraph.Child(W.ParagraphProperties)!;
        if (paragraph.PreviousSibling?.Name == W.Table)
        {
            // Word has no space after a table; text that follows one would touch its border.
            properties.SetProperty(new WmlElement(W.Spacing).Set("w:before", SpaceAfterTable));
        }

        if (item is not null)
        {
            if (item.TakeNumber())
            {
                properties.SetProperty(new WmlElement(W.NumberingProperties)
                    .Add(new WmlElement(W.NumberingLevel).Set(W.Val, item.Level.ToString(CultureInfo.InvariantCulture)))
                    .Add(new WmlElement(W.NumberingId).Set(W.Val, item.NumId.ToString(CultureInfo.InvariantCulture))));
            }
            else
            {
                properties.SetProperty(new WmlElement(W.Indentation).Set("w:left", ListLevels.Left(item.Level).ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (state.Alignment.Current is { } alignment)
        {
            properties.SetProperty(new WmlElement(W.Justification).Set(W.Val, alignment));
        }

        using (state.Inlines.Push(paragraph))
        {
            renderer.WriteInlines(block.Inline!);
        }
    }
}
