using Clausier.Word.Docx;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Clausier.Word.Renderers.Containers;

/// <summary>
/// <c>::: toc</c>: a title (the container's heading, or "Sommaire") and the TOC field with its entries
/// written out. A heading inside the container is the title, not an entry.
/// </summary>
internal static class TocContainer
{
    public const string DefaultTitle = "Sommaire";

    public static void Write(WordRenderer renderer, CustomContainer container)
    {
        var state = renderer.State;
        var title = container.OfType<HeadingBlock>().FirstOrDefault();
        var paragraph = state.AddParagraph(StyleNames.TocHeading);
        using (state.Inlines.Push(paragraph))
        {
            if (title is null)
            {
                state.AppendText(DefaultTitle, container);
            }
            else
            {
                renderer.WriteInlines(title.Inline!);
            }
        }

        foreach (var block in container.Where(b => b != title))
        {
            renderer.Write(block);
        }

        TocField.Append(state);
    }
}
