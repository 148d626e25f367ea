using Clausier.Word.Docx;
using Clausier.Word.Renderers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// Walks the Markdig AST of one annex and writes WordprocessingML into <see cref="State"/>. One
/// instance per document; the object renderers it dispatches to are stateless.
/// </summary>
internal sealed class WordRenderer : RendererBase
{
    public WordRenderer(WriterState state)
    {
        State = state;
        ObjectRenderers.AddRange(
        [
            new HeadingRenderer(),
            new ParagraphRenderer(),
            new ListRenderer(),
            new TableRenderer(),
            new QuoteBlockRenderer(),
            new ThematicBreakRenderer(),
            new ContainerRenderer(),
            new IgnoredBlockRenderer(),
            new LiteralInlineRenderer(),
            new EmphasisInlineRenderer(),
            new CodeInlineRenderer(),
            new LinkInlineRenderer(),
            new AutolinkInlineRenderer(),
            new LineBreakInlineRenderer(),
            new HtmlEntityInlineRenderer(),
            new DelimiterInlineRenderer(),
            new FormFieldRenderer(),

            // Last: Markdig's RendererBase skips nodes nobody accepts; this one reports them instead.
            new UnsupportedRenderer(),
        ]);
    }

    public WriterState State { get; }

    public override object Render(MarkdownObject markdownObject)
    {
        if (markdownObject is ContainerBlock document)
        {
            foreach (var block in document)
            {
                Write(block);
                State.Body.WriteFinishedBlocks();
            }
        }
        else
        {
            Write(markdownObject);
        }

        return State.Body.Pending;
    }
}
