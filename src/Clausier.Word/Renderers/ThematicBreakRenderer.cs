using Clausier.Word.Docx;
using Clausier.Word.Wml;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary><c>---</c> → a page break.</summary>
internal sealed class ThematicBreakRenderer : WordObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(WordRenderer renderer, ThematicBreakBlock block)
    {
        var state = renderer.State;
        using (state.BlockStyle.Push(null))
        {
            state.AddParagraph(StyleNames.Normal).Add(new WmlElement(W.Run).Add(new WmlElement(W.Break).Set(W.Type, "page")));
        }
    }
}
