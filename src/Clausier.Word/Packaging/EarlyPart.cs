using System.Buffers;
using System.Runtime.ExceptionServices;

namespace Clausier.Word.Packaging;

/// <summary>
/// A part serialised ahead of packaging, on another core when one is free, while the rest of the
/// package is prepared (clause hashes, the small parts). Its bytes are handed over in chunks as they
/// are written, so packaging compresses the first chunks while the last are still being serialised.
/// If no other thread has started it when packaging needs it (in a batch every core is busy), the
/// packaging thread serialises it itself, straight into the zip entry: it never waits for queued work.
/// </summary>
/// <remarks>What it serialises must no longer change, and is only read meanwhile.</remarks>
internal sealed class EarlyPart
{
    private const int NotStarted = 0;
    private const int Started = 1;
    private const int Claimed = 2;

    private readonly Action<Stream> _write;
    // An object, not a Lock: the packaging thread waits on it with Monitor.Wait.
    private readonly object _gate = new();
    private readonly Queue<(byte[] Buffer, int Length)> _chunks = new();
    private int _state;
    private bool _complete;
    private ExceptionDispatchInfo? _error;

    private EarlyPart(Action<Stream> write)
    {
        _write = write;
    }

    public static EarlyPart Start(Action<Stream> write)
    {
        var part = Create(write);
        ThreadPool.UnsafeQueueUserWorkItem(static p => p.Produce(), part, preferLocal: false);
        return part;
    }

    /// <summary>A part nobody serialises until <see cref="Produce"/> or <see cref="WriteTo"/> (tests choose the path).</summary>
    internal static EarlyPart Create(Action<Stream> write) => new(write);

    /// <summary>Writes the part's bytes to <paramref name="output"/>; called once.</summary>
    public void WriteTo(Stream output)
    {
        if (Interlocked.CompareExchange(ref _state, Claimed, NotStarted) == NotStarted)
        {
            _write(output);
            return;
        }

        while (Take() is { } chunk)
        {
            try
            {
                output.Write(chunk.Buffer, 0, chunk.Length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk.Buffer);
            }
        }
    }

    /// <summary>
    /// Serialises the part into chunks unless packaging already took it over. The chunks are the
    /// serialiser's own writes, so the compressor sees the same pieces either way and the bytes of
    /// the package do not depend on which thread serialised.
    /// </summary>
    internal void Produce()
    {
        if (Interlocked.CompareExchange(ref _state, Started, NotStarted) != NotStarted)
        {
            return;
        }

        try
        {
            using var stream = new ChunkStream(this);
            _write(stream);
            Finish(null);
        }
        catch (Exception ex)
        {
            // Thrown again to the packaging thread by WriteTo; thrown here, it would end the process.
            Finish(ExceptionDispatchInfo.Capture(ex));
        }
    }

    private void Add(byte[] buffer, int length)
    {
        lock (_gate)
        {
            _chunks.Enqueue((buffer, length));
            Monitor.PulseAll(_gate);
        }
    }

    private void Finish(ExceptionDispatchInfo? error)
    {
        lock (_gate)
        {
            _complete = true;
            _error = error;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The next chunk, waiting for it if need be; null once all were taken.</summary>
    private (byte[] Buffer, int Length)? Take()
    {
        lock (_gate)
        {
            while (_chunks.Count == 0 && !_complete)
            {
                Monitor.Wait(_gate);
            }

            if (_chunks.TryDequeue(out var chunk))
            {
                return chunk;
            }

            _error?.Throw();
            return null;
        }
    }

    /// <summary>Copies each write into a pooled chunk handed to the packaging thread.</summary>
    private sealed class ChunkStream(EarlyPart part) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (buffer.IsEmpty)
            {
                return;
            }

            var chunk = ArrayPool<byte>.Shared.Rent(buffer.Length);
            buffer.CopyTo(chunk);
            part.Add(chunk, buffer.Length);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
