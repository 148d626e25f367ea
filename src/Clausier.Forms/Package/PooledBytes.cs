using System.Buffers;

namespace Clausier.Forms.Package;

/// <summary>
/// An inflated part in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, given back when disposed.
/// A main document is several hundred kilobytes: a fresh array per part would land on the large
/// object heap at every read, and reading a thousand annexes would mostly wait on page faults and
/// full collections.
/// </summary>
internal sealed class PooledBytes : IDisposable
{
    private byte[] _buffer;

    public PooledBytes(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    public int Length { get; private set; }

    public ArraySegment<byte> Segment => new(_buffer, 0, Length);

    /// <summary>Reads at most <paramref name="max"/> bytes from <paramref name="input"/> at the end of the buffer, growing it when full.</summary>
    public int ReadFrom(Stream input, int max)
    {
        if (Length == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(checked(_buffer.Length * 2));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = input.Read(_buffer, Length, Math.Min(max, _buffer.Length - Length));
        Length += read;
        return read;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
