using System.Buffers;
using System.Text;
using Clausier.Core.Threading;
using Clausier.Word.Markdown;
using Markdig.Syntax;

namespace Clausier.Word;

/// <summary>
/// Annex Markdown received as a template writes it. Each time enough has arrived to end a chunk
/// before a heading (<see cref="ChunkBoundaries"/>), the chunk is parsed on a free core while
/// the template goes on; what is left when the template is done is parsed by the thread that writes
/// the document. The chunks are joined exactly (<see cref="ChunkedParse"/>): the document is the
/// one a parse of the whole text gives.
/// </summary>
/// <remarks>
/// Hand it to <see cref="AnnexWordWriter.Write(MarkdownReceiver, string, Clausier.Core.Annex.AnnexManifest)"/>
/// once the template has written everything; it takes no more text after that.
/// </remarks>
public sealed class MarkdownReceiver : TextWriter
{
    /// <summary>Chunk length aimed at: a few points of an annex, parsed in about the time the template writes the next ones.</summary>
    private const int DefaultChunkLength = 16 * 1024;

    private readonly int _chunkLength;

    private readonly ChunkBoundaries _boundaries = new();
    private readonly List<Deferred<MarkdownDocument>> _chunks = [];
    private char[] _buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
    private int _length;

    /// <summary>Start of the first line not yet scanned.</summary>
    private int _scanned;
    private ChunkStart _chunkStart;
    private string? _text;
    private bool _disposed;
    private bool _parsed;

    public MarkdownReceiver()
        : this(DefaultChunkLength)
    {
    }

    /// <param name="useIdleCores">False: the Markdown is parsed whole, on the thread that asks for it (<see cref="WordOptions.UseIdleCores"/>).</param>
    public MarkdownReceiver(bool useIdleCores)
        : this(useIdleCores ? DefaultChunkLength : int.MaxValue)
    {
    }

    /// <summary>Cuts chunks of at least <paramref name="chunkLength"/> characters (tests cut small documents).</summary>
    internal MarkdownReceiver(int chunkLength)
    {
        _chunkLength = chunkLength;
    }

    public override Encoding Encoding => Encoding.Unicode;

    /// <summary>Chunks handed to other cores so far.</summary>
    internal int ChunksStarted => _chunks.Count;

    /// <summary>All the Markdown received; no more can be written once it is asked for.</summary>
    public string Text
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _text ?? Complete();
        }
    }

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_text is not null)
        {
            throw new InvalidOperationException("The Markdown was already read; no more can be written.");
        }

        if (_length + buffer.Length > _buffer.Length)
        {
            Grow(_length + buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
        Scan(final: false);
    }

    public override string ToString() => Text;

    /// <summary>The parsed document; called once, after the template is done.</summary>
    internal MarkdownDocument Parse()
    {
        // The chunks' blocks move into the first when joined: a second parse would find them gone.
        if (_parsed)
        {
            throw new InvalidOperationException("This Markdown was already written to a document; a receiver serves one annex.");
        }

        _parsed = true;
        var text = Text;
        if (_chunks.Count == 0)
        {
            return AnnexMarkdown.ParseWhole(text);
        }

        var last = ChunkedParse.ParseChunk(text[_chunkStart.Offset..], _chunkStart, AnnexMarkdown.Pipeline);
        MarkdownDocument[] chunks = [.. _chunks.Select(c => c.Value), last];
        return ChunkedParse.Join(text, chunks) ?? AnnexMarkdown.ParseWhole(text);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposed = true;
            ReturnBuffer();
        }

        base.Dispose(disposing);
    }

    private string Complete()
    {
        Scan(final: true);
        _text = new string(_buffer, 0, _length);
        ReturnBuffer();
        return _text;
    }

    /// <summary>Reads the lines received whole since the last scan, and starts parsing a chunk at the first cut point past its length.</summary>
    private void Scan(bool final)
    {
        var received = _buffer.AsSpan(0, _length);
        while (_scanned < _length)
        {
            var end = ChunkBoundaries.LineEnd(received, _scanned, final, out var next);
            if (end < 0)
            {
                return;
            }

            var start = new ChunkStart(_scanned, _boundaries.Lines);
            if (_boundaries.CanCutBefore(received[_scanned..end]) && start.Offset - _chunkStart.Offset >= _chunkLength && !final)
            {
                Cut(start);
            }

            _scanned = next;
        }
    }

    private void Cut(ChunkStart next)
    {
        var start = _chunkStart;
        var text = new string(_buffer, start.Offset, next.Offset - start.Offset);
        _chunks.Add(Deferred.Start(() => ChunkedParse.ParseChunk(text, start, AnnexMarkdown.Pipeline)));
        _chunkStart = next;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, 2 * _buffer.Length));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private void ReturnBuffer()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
