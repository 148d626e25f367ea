using Clausier.Core.Diagnostics;
using Clausier.Word.Docx;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Renderers;

/// <summary>
/// Accepts every node no other renderer took and reports it with its Markdown position: nothing is
/// dropped silently.
/// </summary>
internal sealed class UnsupportedRenderer : IMarkdownObjectRenderer
{
    public bool Accept(RendererBase renderer, Type objectType) => true;

    public void Write(RendererBase renderer, MarkdownObject objectToRender) =>
        Report(((WordRenderer)renderer).State, objectToRender);

    public static void Report(WriterState state, MarkdownObject objectToRender)
    {
        if (objectToRender is FootnoteGroup group)
        {
            foreach (var footnote in group.OfType<Footnote>())
            {
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3003", state.At(footnote), footnote.Label?.TrimStart('^'));
            }

            return;
        }

        var location = state.At(objectToRender);
        switch (objectToRender)
        {
            case HtmlBlock or HtmlInline:
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3001", location);
                break;
            case FootnoteLink:
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3003.reference", location);
                break;
            case FencedCodeBlock or CodeBlock:
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3005.code", location);
                break;
            case CustomContainerInline:
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3005.inline", location);
                break;
            default:
                state.Diagnostics.Report(DiagnosticSeverity.Error, "CLZ3005.element", location, objectToRender.GetType().Name);
                break;
        }
    }
}
