using Clausier.Core.Diagnostics;
using Clausier.Word.Wml;
using Markdig.Syntax;

namespace Clausier.Word.Renderers.Inlines;

/// <summary>
/// Writes link text inside a <c>w:hyperlink</c> whose relationship id comes from the document's
/// allocator; the packaging step adds the relationship. A target that is not an absolute URI is reported and the text kept.
/// </summary>
internal static class Hyperlinks
{
    public static void Write(WordRenderer renderer, MarkdownObject source, string target, Action writeText)
    {
        var state = renderer.State;
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri))
        {
            state.Diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3007", state.At(source), target);
            writeText();
            return;
        }

        var id = state.Ids.NextRelationshipId();
        state.Hyperlinks.Add((id, uri));
        var hyperlink = new WmlElement(W.Hyperlink).Set(W.RelationshipId, id).Set("w:history", "true");
        state.Inlines.Current?.Add(hyperlink);
        using (state.Inlines.Push(hyperlink))
        using (state.Format.Push(state.Format.Current with { Link = true }))
        {
            writeText();
        }
    }
}
