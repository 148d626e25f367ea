using Clausier.Core.Diagnostics;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers.Inlines;

/// <summary><c>[text](url)</c> → <c>w:hyperlink</c> with an external relationship. Images are reported, not rendered.</summary>
internal sealed class LinkInlineRenderer : WordObjectRenderer<LinkInline>
{
    protected override void Write(WordRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
        {
            var state = renderer.State;
            state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3002", state.At(link), link.Url);
            return;
        }

        Hyperlinks.Write(renderer, link, link.Url ?? "", () => renderer.WriteInlines(link));
    }
}
