using Clausier.Word.Wml;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary>Hard line break (two spaces or <c>\</c>) → <c>w:br</c>; soft line break → a space, as Markdown reads it.</summary>
internal sealed class LineBreakInlineRenderer : WordObjectRenderer<LineBreakInline>
{
    /// <summary>What a soft line break reads as.</summary>
    public const string SoftBreak = " ";

    protected override void Write(WordRenderer renderer, LineBreakInline lineBreak)
    {
        var state = renderer.State;
        if (!lineBreak.IsHard)
        {
            state.AppendText(SoftBreak, lineBreak);
            return;
        }

        var run = new WmlElement(W.Run);
        if (state.Format.Current.ToProperties(state.Styles) is { } properties)
        {
            run.Add(properties);
        }

        state.Inlines.Current?.Add(run.Add(new WmlElement(W.Break)));
    }
}
