using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary><c>&amp;nbsp;</c>, <c>&amp;eacute;</c>… → the character they stand for.</summary>
internal sealed class HtmlEntityInlineRenderer : WordObjectRenderer<HtmlEntityInline>
{
    protected override void Write(WordRenderer renderer, HtmlEntityInline entity) =>
        renderer.State.AppendText(entity.Transcoded.ToString(), entity);
}
