using System.IO.Compression;
using Clausier.Word.Wml;
using Clausier.Zip;

namespace Clausier.Word.Docx;

/// <summary>
/// The body of <c>word/document.xml</c>, serialised and compressed block by block while the annex is
/// rendered: a block is written out as soon as it is final, so the element tree of the whole body is
/// never held at once. All on the rendering thread, in document order.
/// </summary>
/// <remarks>
/// A block is final once another block follows it: the block that follows may still change the last
/// one (a table gives the paragraph above it room, a paragraph looks whether a table precedes it), never
/// an earlier one. Holding the whole tree made every collection during rendering find it alive and
/// promote it (docs/performance.md).
/// </remarks>
internal sealed class StreamedBody : IDisposable
{
    private readonly CompressingStream _part;
    private readonly WmlSerializer _serializer;
    private CompressedPart? _finished;

    public StreamedBody(CompressionLevel level)
    {
        // Pooled: the compressed part is copied into the package before this body is disposed.
        _part = new CompressingStream(level, pooled: true);
        _serializer = WmlSerializer.Open(_part, W.Document, W.Body);
    }

    /// <summary>The <c>w:body</c> renderers add blocks to; it holds only the blocks not yet written.</summary>
    public WmlElement Pending { get; } = new(W.Body);

    /// <summary>Writes out every pending block but the last, which the next block may still change.</summary>
    public void WriteFinishedBlocks()
    {
        while (Pending.FirstChild is { } block && block != Pending.LastChild)
        {
            _serializer.WriteChild(block);
            block.Remove();
        }
    }

    /// <summary>
    /// Appends <paramref name="blocks"/>, writes out every block and ends the part; nothing may be added
    /// afterwards. The part's bytes are valid until this body is disposed.
    /// </summary>
    public CompressedPart Finish(params ReadOnlySpan<WmlElement> blocks)
    {
        if (_finished is null)
        {
            foreach (var block in blocks)
            {
                Pending.Add(block);
            }

            while (Pending.FirstChild is { } block)
            {
                _serializer.WriteChild(block);
                block.Remove();
            }

            _serializer.Close(W.Document, W.Body);
            _finished = _part.Finish();
        }

        return _finished;
    }

    public void Dispose()
    {
        _serializer.Dispose();
        _part.Dispose();
    }
}
