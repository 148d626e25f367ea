using Clausier.Word.Docx;
using Markdig.Extensions.CustomContainers;

namespace Clausier.Word.Renderers.Containers;

/// <summary><c>::: note</c>: paragraphs in style ClausierNote, whose borders and shading join into one box.</summary>
internal static class NoteContainer
{
    public static void Write(WordRenderer renderer, CustomContainer container)
    {
        using (renderer.State.BlockStyle.Push(StyleNames.Note))
        {
            renderer.WriteChildren(container);
        }
    }
}
