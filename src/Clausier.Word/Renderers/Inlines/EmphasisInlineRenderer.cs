using Markdig.Extensions.CustomContainers;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary><c>*emphasis*</c> → italic, <c>**strong**</c> → bold (direct formatting, as pandoc writes them).</summary>
internal sealed class EmphasisInlineRenderer : WordObjectRenderer<EmphasisInline>
{
    protected override void Write(WordRenderer renderer, EmphasisInline emphasis)
    {
        var state = renderer.State;
        if (emphasis is CustomContainerInline)
        {
            // ::text:: is an emphasis subtype, so it reaches this renderer; it has no meaning in an annex.
            UnsupportedRenderer.Report(state, emphasis);
            return;
        }

        var format = state.Format.Current;
        format = emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
        using (state.Format.Push(format))
        {
            renderer.WriteInlines(emphasis);
        }
    }
}
