using Clausier.Word.Docx;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary><c>&gt; quote</c> → paragraphs in style Quote.</summary>
internal sealed class QuoteBlockRenderer : WordObjectRenderer<QuoteBlock>
{
    protected override void Write(WordRenderer renderer, QuoteBlock quote)
    {
        using (renderer.State.BlockStyle.Push(StyleNames.Quote))
        {
            renderer.WriteChildren(quote);
        }
    }
}
