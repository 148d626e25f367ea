using System.IO.Compression;
using System.IO.Hashing;

namespace Clausier.Zip;

/// <summary>
/// A write-only stream that deflates what it is given and keeps its CRC-32 and length, for a zip entry.
/// </summary>
/// <remarks>
/// Public so that a part can be compressed while it is still being produced (Clausier.Word streams the
/// body of <c>document.xml</c> into one as its blocks are rendered) rather than only from a finished whole.
/// </remarks>
public sealed class CompressingStream : Stream
{
    private readonly MemoryStream? _deflated;
    private readonly PooledBuffer? _pooled;
    private readonly DeflateStream _deflate;
    private readonly Crc32 _crc = new();
    private long _length;
    private CompressedPart? _result;

    public CompressingStream(CompressionLevel level)
        : this(level, pooled: false)
    {
    }

    /// <param name="pooled">
    /// Deflate into arrays rented from the shared pool: the part <see cref="Finish"/> gives is then valid
    /// only until this stream is disposed, and must be copied (into the zip) before. For a large part
    /// written once per package, which would otherwise regrow a fresh array from a few hundred bytes up.
    /// </param>
    internal CompressingStream(CompressionLevel level, bool pooled)
    {
        Stream deflated = pooled ? _pooled = new PooledBuffer() : _deflated = new MemoryStream();
        _deflate = new DeflateStream(deflated, level, leaveOpen: true);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => _result is null;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>Ends the deflate stream and gives the part; nothing may be written afterwards.</summary>
    public CompressedPart Finish()
    {
        if (_result is null)
        {
            _deflate.Dispose();
            var deflated = _pooled is not null ? _pooled.Written : new ArraySegment<byte>(_deflated!.GetBuffer(), 0, (int)_deflated.Length);
            _result = new CompressedPart(deflated, _crc.GetCurrentHashAsUInt32(), _length);
        }

        return _result;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_result is not null, this);
        _crc.Append(buffer);
        _length += buffer.Length;
        _deflate.Write(buffer);
    }

    public override void Flush()
    {
        // Flushing deflate would end a block early and change the bytes; they are taken by Finish.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate.Dispose();
            _pooled?.Dispose();
        }

        base.Dispose(disposing);
    }
}
