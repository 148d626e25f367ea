using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary>A delimiter Markdig left unmatched (a lone <c>*</c>, <c>[</c>) is literal text.</summary>
internal sealed class DelimiterInlineRenderer : WordObjectRenderer<DelimiterInline>
{
    protected override void Write(WordRenderer renderer, DelimiterInline delimiter)
    {
        renderer.State.AppendText(delimiter.ToLiteral(), delimiter);
        renderer.WriteInlines(delimiter);
    }
}
