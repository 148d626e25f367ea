namespace Clausier.Word.Packaging;

/// <summary>
/// A part serialised ahead of packaging, on another core when one is free, while the rest of the
/// package is prepared (clause hashes, the small parts); packaging then copies its bytes. Whichever
/// thread needs the bytes first serialises them: in a batch every core is busy and the queued work
/// may not get a thread in time, so the writer never waits for it.
/// </summary>
/// <remarks>What it serialises must no longer change, and is only read meanwhile.</remarks>
internal sealed class EarlyPart
{
    private readonly Lazy<PooledBufferStream> _bytes;

    private EarlyPart(Action<Stream> write)
    {
        _bytes = new(() => Serialize(write), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static EarlyPart Start(Action<Stream> write)
    {
        var part = new EarlyPart(write);
        ThreadPool.UnsafeQueueUserWorkItem(static p => p.Prepare(), part, preferLocal: false);
        return part;
    }

    /// <summary>Writes the part's bytes to <paramref name="output"/> and gives its buffer back; called once.</summary>
    public void WriteTo(Stream output)
    {
        using var bytes = _bytes.Value;
        output.Write(bytes.WrittenSpan);
    }

    private static PooledBufferStream Serialize(Action<Stream> write)
    {
        var stream = new PooledBufferStream();
        write(stream);
        return stream;
    }

    private void Prepare()
    {
        try
        {
            _ = _bytes.Value;
        }
        catch (Exception)
        {
            // Kept by the Lazy and thrown again to the packaging thread by WriteTo; thrown here, it
            // would end the process.
        }
    }
}
