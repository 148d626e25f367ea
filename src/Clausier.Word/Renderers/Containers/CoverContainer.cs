using Clausier.Word.Docx;
using Clausier.Word.Wml;
using Markdig.Extensions.CustomContainers;

namespace Clausier.Word.Renderers.Containers;

/// <summary>
/// <c>::: cover</c>: its content (headings as Title and Subtitle), then a section break. The cover's
/// section has no header or footer references, so it shows none; the body's section has them.
/// </summary>
internal static class CoverContainer
{
    public static void Write(WordRenderer renderer, CustomContainer container)
    {
        var state = renderer.State;
        using (state.InCover.Push(true))
        {
            renderer.WriteChildren(container);
        }

        using (state.BlockStyle.Push(null))
        {
            state.AddParagraph(StyleNames.Normal).Child(W.ParagraphProperties)!.SetProperty(state.Layout.Section(headerId: null, footerId: null));
        }
    }
}
