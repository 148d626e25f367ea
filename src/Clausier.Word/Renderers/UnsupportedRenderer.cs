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
                state.Diagnostics.Error(WordDiagnosticIds.Footnote, $"footnote [^{footnote.Label?.TrimStart('^')}] is not supported in an annex; write the text in the paragraph", state.At(footnote));
            }

            return;
        }

        var (id, what) = objectToRender switch
        {
            HtmlBlock or HtmlInline => (WordDiagnosticIds.RawHtml, "raw HTML"),
            FootnoteLink => (WordDiagnosticIds.Footnote, "a footnote reference"),
            FencedCodeBlock or CodeBlock => (WordDiagnosticIds.UnsupportedConstruct, "a code block (check the indentation: four spaces start one)"),
            CustomContainerInline => (WordDiagnosticIds.UnsupportedConstruct, "inline ::text:: markup"),
            _ => (WordDiagnosticIds.UnsupportedConstruct, $"Markdown element {objectToRender.GetType().Name}"),
        };
        state.Diagnostics.Error(id, $"{what} is not supported in an annex and was not rendered", state.At(objectToRender));
    }
}
