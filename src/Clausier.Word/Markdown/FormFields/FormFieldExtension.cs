using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Clausier.Word.Markdown.FormFields;

/// <summary>
/// Adds <see cref="FormFieldInlineParser"/> to a pipeline. The node is rendered only by the Word
/// renderer, which registers its own renderer for it.
/// </summary>
internal sealed class FormFieldExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<FormFieldInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FormFieldInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
