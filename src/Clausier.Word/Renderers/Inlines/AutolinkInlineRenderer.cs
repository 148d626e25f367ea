using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;name@host&gt;</c> → hyperlinks showing their address.</summary>
internal sealed class AutolinkInlineRenderer : WordObjectRenderer<AutolinkInline>
{
    protected override void Write(WordRenderer renderer, AutolinkInline link)
    {
        var target = link.IsEmail ? $"mailto:{link.Url}" : link.Url;
        Hyperlinks.Write(renderer, link, target, () => renderer.State.AppendText(link.Url, link));
    }
}
