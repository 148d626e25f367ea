using System.Buffers;

namespace Clausier.Zip;

/// <summary>
/// A write-only stream into arrays rented from the shared pool, grown by renting a larger one; the bytes
/// stay readable until it is disposed, when the array goes back to the pool.
/// </summary>
internal sealed class PooledBuffer : Stream
{
    private const int InitialSize = 64 * 1024;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => _buffer is not null;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>The bytes written so far; valid until the stream is disposed.</summary>
    public ArraySegment<byte> Written
    {
        get
        {
            ObjectDisposedException.ThrowIf(_buffer is null, this);
            return new ArraySegment<byte>(_buffer, 0, _length);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        if (buffer.Length > _buffer.Length - _length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(2L * _buffer.Length, (long)_length + buffer.Length)));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }

        base.Dispose(disposing);
    }
}
