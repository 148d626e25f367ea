using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

internal sealed class LiteralInlineRenderer : WordObjectRenderer<LiteralInline>
{
    protected override void Write(WordRenderer renderer, LiteralInline literal) =>
        renderer.State.AppendText(literal.Content.ToString(), literal);
}
