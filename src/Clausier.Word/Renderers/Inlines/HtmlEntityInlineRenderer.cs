using Clausier.Word.Wml;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary>
/// <c>&amp;nbsp;</c>, <c>&amp;eacute;</c>… → the character they stand for. <c>&amp;#10;</c> → a line
/// break: it is how escaped buyer text keeps its line breaks, even in a table row (<c>md_escape</c>).
/// </summary>
internal sealed class HtmlEntityInlineRenderer : WordObjectRenderer<HtmlEntityInline>
{
    protected override void Write(WordRenderer renderer, HtmlEntityInline entity)
    {
        var text = entity.Transcoded.ToString();
        if (text != "\n")
        {
            renderer.State.AppendText(text, entity);
            return;
        }

        var state = renderer.State;
        var run = new WmlElement(W.Run);
        if (state.Format.Current.ToProperties(state.Styles) is { } properties)
        {
            run.Add(properties);
        }

        state.Inlines.Current?.Add(run.Add(new WmlElement(W.Break)));
    }
}
