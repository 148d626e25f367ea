namespace Clausier.Core.Packaging;

/// <summary>
/// A part's bytes as they go into the zip: raw deflate data, with the CRC-32 and length of what was
/// deflated. Compressing a part does not need the zip, so a large part can be compressed on another
/// core while it is still being produced (<see cref="CompressingStream"/>).
/// </summary>
public sealed record CompressedPart(ArraySegment<byte> Deflated, uint Crc32, long Length)
{
    /// <summary>Compresses what <paramref name="write"/> writes, on the calling thread.</summary>
    public static CompressedPart Of(Action<Stream> write, System.IO.Compression.CompressionLevel level)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var compressor = new CompressingStream(level);
        write(compressor);
        return compressor.Finish();
    }
}
