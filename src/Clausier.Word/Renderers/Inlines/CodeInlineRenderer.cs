using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary><c>`code`</c> → a run in the Clausier Code character style.</summary>
internal sealed class CodeInlineRenderer : WordObjectRenderer<CodeInline>
{
    protected override void Write(WordRenderer renderer, CodeInline code)
    {
        var state = renderer.State;
        using (state.Format.Push(state.Format.Current with { Code = true }))
        {
            state.AppendText(code.Content, code);
        }
    }
}
