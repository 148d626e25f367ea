using Clausier.Core.Threading;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Markdown;

/// <summary>
/// Parses long Markdown in chunks, the later ones on free cores, and joins them into the document a
/// parse of the whole gives: the same blocks and inlines with the same lines, columns and spans.
/// Parsing is a fifth of the time to write an annex and runs while the other cores are idle.
/// </summary>
/// <remarks>
/// Cuts are made only where no block can run across (<see cref="ChunkBoundaries"/>). A chunk that ends
/// with a block still open, or any link or footnote definition (which the whole document shares),
/// makes it parse the whole instead: the result never depends on where it was cut.
/// </remarks>
internal static class ChunkedParse
{
    /// <summary>Under this length (about three sections of an annex) cutting costs more than it saves.</summary>
    public const int MinimumLength = 32 * 1024;

    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline, int chunks, int minimumLength = MinimumLength)
    {
        var cuts = chunks < 2 || markdown.Length < minimumLength ? [] : ChunkBoundaries.Find(markdown, chunks);
        return ParseAt(markdown, pipeline, cuts) ?? Markdig.Markdown.Parse(markdown, pipeline);
    }

    /// <summary>Parses the chunks that start at <paramref name="cuts"/>; null when there are none or they cannot be joined exactly.</summary>
    public static MarkdownDocument? ParseAt(string markdown, MarkdownPipeline pipeline, IReadOnlyList<ChunkStart> cuts)
    {
        if (cuts.Count == 0)
        {
            return null;
        }

        var later = new Deferred<MarkdownDocument>[cuts.Count];
        for (var k = 0; k < cuts.Count; k++)
        {
            var start = cuts[k];
            var end = k + 1 < cuts.Count ? cuts[k + 1].Offset : markdown.Length;
            later[k] = Deferred.Start(() => ParseChunk(markdown[start.Offset..end], start, pipeline));
        }

        MarkdownDocument[] chunks = [Markdig.Markdown.Parse(markdown[..cuts[0].Offset], pipeline), .. Array.ConvertAll(later, l => l.Value)];
        return Join(markdown, chunks);
    }

    /// <summary>Parses one chunk, <paramref name="text"/>, and moves every position to where it is in the whole.</summary>
    public static MarkdownDocument ParseChunk(string text, ChunkStart start, MarkdownPipeline pipeline)
    {
        var chunk = Markdig.Markdown.Parse(text, pipeline);
        if (start.Offset == 0)
        {
            return chunk;
        }

        var firstLineEnd = chunk.LineStartIndexes is [_, var second, ..] ? second : text.Length;
        ShiftAll(chunk, start, firstLineEnd);

        chunk.Span = Shift(chunk.Span, start.Offset);
        for (var i = 0; i < chunk.LineStartIndexes?.Count; i++)
        {
            chunk.LineStartIndexes[i] += start.Offset;
        }

        return chunk;
    }

    /// <summary>The chunks of <paramref name="markdown"/>, in order, joined into the first; null when they cannot be joined exactly.</summary>
    public static MarkdownDocument? Join(string markdown, IReadOnlyList<MarkdownDocument> chunks) =>
        CanJoin(markdown, chunks) ? JoinAll(chunks) : null;

    /// <summary>Shifts every block and inline under <paramref name="container"/>; Markdig's Descendants allocates an iterator per level for each node.</summary>
    private static void ShiftAll(ContainerBlock container, ChunkStart by, int firstLineEnd)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            Shift(block, by, firstLineEnd);
            if (block is ContainerBlock nested)
            {
                ShiftAll(nested, by, firstLineEnd);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                ShiftAll(inline, by, firstLineEnd);
            }
        }
    }

    private static void ShiftAll(ContainerInline container, ChunkStart by, int firstLineEnd)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            Shift(inline, by, firstLineEnd);
            if (inline is ContainerInline nested)
            {
                ShiftAll(nested, by, firstLineEnd);
            }
        }
    }

    private static void Shift(MarkdownObject node, ChunkStart by, int firstLineEnd)
    {
        // Markdig leaves line 0 on a few nodes it makes up (the literal of an unmatched "["): a whole
        // parse leaves it there too, so only a node that is on the first line moves to the cut's line.
        if (node.Line > 0 || (!node.Span.IsEmpty && node.Span.Start < firstLineEnd))
        {
            node.Line += by.Line;
        }

        node.Span = Shift(node.Span, by.Offset);
        if (node is LinkInline link)
        {
            link.LabelSpan = Shift(link.LabelSpan, by.Offset);
            link.UrlSpan = Shift(link.UrlSpan, by.Offset);
            link.TitleSpan = Shift(link.TitleSpan, by.Offset);
        }
        else if (node is LeafBlock { Lines.Lines: { } lines } leaf)
        {
            for (var i = 0; i < leaf.Lines.Count; i++)
            {
                lines[i].Line += by.Line;
                lines[i].Position += by.Offset;
            }
        }
    }

    private static SourceSpan Shift(SourceSpan span, int by) => span.IsEmpty ? span : new SourceSpan(span.Start + by, span.End + by);

    private static bool CanJoin(string markdown, IReadOnlyList<MarkdownDocument> all)
    {
        if (markdown.StartsWith("---", StringComparison.Ordinal) && all[0] is not [YamlFrontMatterBlock, ..])
        {
            // A front matter block closed only after the cut: the first chunk read it as something else.
            return false;
        }

        for (var k = 0; k < all.Count; k++)
        {
            if (HasDefinitions(all[k]) || (k + 1 < all.Count && !EndsClosed(all[k])) || (k > 0 && all[k] is not [HeadingBlock, ..]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Link or footnote definitions: a reference in one chunk may need a definition in another.</summary>
    private static bool HasDefinitions(MarkdownDocument chunk) =>
        chunk.GetData(typeof(LinkReferenceDefinitionGroup)) is not null
        || chunk.Any(block => block is LinkReferenceDefinitionGroup or FootnoteGroup);

    /// <summary>
    /// Whether no block open at the chunk's end could have taken in the heading that starts the next:
    /// an unclosed fence or container, or an HTML block that only its end marker closes.
    /// </summary>
    private static bool EndsClosed(MarkdownDocument chunk)
    {
        for (var block = chunk.LastChild; block is not null; block = (block as ContainerBlock)?.LastChild)
        {
            if (block is IFencedBlock { ClosingFencedCharCount: 0 }
                || block is HtmlBlock { Type: HtmlBlockType.ScriptPreOrStyle or HtmlBlockType.Comment or HtmlBlockType.ProcessingInstruction or HtmlBlockType.DocumentType or HtmlBlockType.CData })
            {
                return false;
            }
        }

        return true;
    }

    private static MarkdownDocument JoinAll(IReadOnlyList<MarkdownDocument> chunks)
    {
        var document = chunks[0];
        for (var k = 1; k < chunks.Count; k++)
        {
            chunks[k].TransferChildrenTo(document);
            document.LineStartIndexes?.AddRange(chunks[k].LineStartIndexes ?? []);
            document.LineCount += chunks[k].LineCount;
        }

        document.Span = new SourceSpan(document.Span.Start, chunks[^1].Span.End);
        return document;
    }
}
