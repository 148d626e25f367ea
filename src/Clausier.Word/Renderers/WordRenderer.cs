using System.Diagnostics.CodeAnalysis;
using Clausier.Word.Docx;
using Clausier.Word.Renderers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

    /// <remarks>
    /// A document is rendered one top-level block at a time: once a block is written, the finished Word
    /// blocks go out to the part (<see cref="StreamedBody"/>) and nothing refers to the Markdown block any
    /// more, so that neither tree is held whole while the rest is rendered. The document is left empty:
    /// its blocks are taken out of it first, from the last (one by one from the front would move all the
    /// rest each time), which only clears their parent, read before rendering (<see cref="TocPlan"/>), not during.
    /// </remarks>
    public override object Render(MarkdownObject markdownObject)
    {
        if (markdownObject is ContainerBlock document)
        {
            var blocks = document.ToArray();
            for (var i = blocks.Length - 1; i >= 0; i--)
            {
                document.RemoveAt(i);
            }

            for (var i = 0; i < blocks.Length; i++)
            {
                Write(blocks[i]);
                blocks[i] = null!;
                State.Body.WriteFinishedBlocks();
            }
        }
        else
        {
            Write(markdownObject);
        }

        return State.Body.Pending;
    }

    /// <summary>
    /// Writes the inlines of <paramref name="container"/> as <see cref="RendererBase.WriteChildren(ContainerInline)"/>
    /// does, except that a stretch of plain text (literals and soft line breaks: Markdown hands a wrapped
    /// paragraph over piece by piece, a line at a time) is appended as one string, rather than a string per
    /// piece and a longer one each time a piece joined the run. What is written is the same. Nothing for
    /// null (an empty list item's paragraph has no inlines), as there.
    /// </summary>
    public void WriteInlines(ContainerInline? container)
    {
        var inline = container?.FirstChild;
        while (inline is not null)
        {
            var last = EndOfPlainText(inline, out var length);
            if (last == inline)
            {
                Write(inline);
                inline = inline.NextSibling;
                continue;
            }

            State.AppendText(string.Create(length, (inline, last), JoinPlainText), inline);
            inline = last.NextSibling;
        }
    }

    /// <summary>
    /// The last inline of the stretch of two or more plain-text pieces that starts at <paramref name="first"/>,
    /// and its length; <paramref name="first"/> itself when there is no such stretch. A piece with characters
    /// to clean ends the stretch: it is written alone, so that the removal is reported at its own position.
    /// </summary>
    private static Inline EndOfPlainText(Inline first, out int length)
    {
        length = 0;
        var last = first;
        var pieces = 0;
        for (Inline? inline = first; TryPlainText(inline, out var piece) && !WordText.NeedsCleaning(piece); inline = inline.NextSibling)
        {
            length += piece.Length;
            last = inline;
            pieces++;
        }

        return pieces >= 2 ? last : first;
    }

    private static void JoinPlainText(Span<char> destination, (Inline First, Inline Last) stretch)
    {
        for (var inline = stretch.First; ; inline = inline.NextSibling!)
        {
            TryPlainText(inline, out var piece);
            piece.CopyTo(destination);
            destination = destination[piece.Length..];
            if (inline == stretch.Last)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The text a literal or a soft line break stands for, as <see cref="LiteralInlineRenderer"/> and
    /// <see cref="LineBreakInlineRenderer"/> write it; false for any other inline (exact types only, so a
    /// subtype keeps its own renderer).
    /// </summary>
    private static bool TryPlainText([NotNullWhen(true)] Inline? inline, out ReadOnlySpan<char> text)
    {
        if (inline?.GetType() == typeof(LiteralInline))
        {
            text = ((LiteralInline)inline).Content.AsSpan();
            return true;
        }

        if (inline?.GetType() == typeof(LineBreakInline) && !((LineBreakInline)inline).IsHard)
        {
            text = LineBreakInlineRenderer.SoftBreak;
            return true;
        }

        text = default;
        return false;
    }
}
