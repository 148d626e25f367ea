using System.Buffers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Core.Text;

/// <summary>
/// Applies <see cref="FrenchTypography"/> to parsed Markdown: literal text only, so code spans, links,
/// autolinks and any inline the caller's extensions add are never changed, and Markdown syntax is never
/// rewritten. Neighbouring pieces of text (a soft line break, an escaped character) are read together,
/// so a colon at the start of a line still gets its no-break space. The Word annex and the clause shown
/// on the web pages share it, so both give a clause the same typography.
/// </summary>
public static class MarkdownTypography
{
    /// <summary>Texts up to this length are assembled on the stack; longer ones in a pooled buffer.</summary>
    private const int StackLength = 256;

    /// <summary>Every leaf block's inlines under <paramref name="container"/>; code blocks have none and are left as they are.</summary>
    public static void ApplyBlocks(ContainerBlock container)
    {
        ArgumentNullException.ThrowIfNull(container);
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case LeafBlock { Inline: { } inline }:
                    Apply(inline);
                    break;
                case ContainerBlock nested:
                    ApplyBlocks(nested);
                    break;
            }
        }
    }

    public static void Apply(ContainerInline container)
    {
        ArgumentNullException.ThrowIfNull(container);
        Inline? runStart = null;
        var runCount = 0;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline || child is LineBreakInline { IsHard: false })
            {
                runStart ??= child;
                runCount++;
                continue;
            }

            Rewrite(runStart, runCount);
            runStart = null;
            runCount = 0;
            if (child is ContainerInline inner and not LinkInline)
            {
                Apply(inner);
            }
        }

        Rewrite(runStart, runCount);
    }

    /// <summary>
    /// Rewrites a run of <paramref name="count"/> literals and soft breaks (read as one space) from
    /// <paramref name="first"/> as one text, then cuts it back in place; a piece is replaced only when it changed.
    /// </summary>
    private static void Rewrite(Inline? first, int count)
    {
        if (first is null)
        {
            return;
        }

        // Only spaces and apostrophes ever change: a run without either is left as it is, unread.
        var length = 0;
        var candidate = false;
        var inline = first;
        for (var i = 0; i < count; i++, inline = inline!.NextSibling)
        {
            var piece = Piece(inline!);
            length += piece.Length;
            candidate |= piece.IndexOfAny(' ', '\'') >= 0;
        }

        if (!candidate)
        {
            return;
        }

        char[]? rented = null;
        var buffer = length <= StackLength ? stackalloc char[2 * StackLength] : (rented = ArrayPool<char>.Shared.Rent(2 * length));
        var text = buffer[..length];
        var result = buffer.Slice(length, length);
        var offset = 0;
        inline = first;
        for (var i = 0; i < count; i++, inline = inline!.NextSibling)
        {
            var piece = Piece(inline!);
            piece.CopyTo(text[offset..]);
            offset += piece.Length;
        }

        if (FrenchTypography.Apply(text, result))
        {
            CutBack(first, count, text, result);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void CutBack(Inline first, int count, ReadOnlySpan<char> text, ReadOnlySpan<char> result)
    {
        var offset = 0;
        var inline = first;
        for (var i = 0; i < count; i++)
        {
            var next = inline.NextSibling;
            var length = Piece(inline).Length;
            var changed = result.Slice(offset, length);
            var unchanged = changed.SequenceEqual(text.Slice(offset, length));
            offset += length;
            if (!unchanged)
            {
                if (inline is LiteralInline literal)
                {
                    literal.Content = new StringSlice(changed.ToString());
                }
                else
                {
                    // A soft break is written as a space; one that must not break becomes that character.
                    inline.ReplaceBy(new LiteralInline(changed.ToString()) { Line = inline.Line, Column = inline.Column, Span = inline.Span });
                }
            }

            inline = next!;
        }
    }

    private static ReadOnlySpan<char> Piece(Inline inline) => inline is LiteralInline literal ? literal.Content.AsSpan() : " ";
}
