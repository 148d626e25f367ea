namespace Clausier.Word.Packaging;

/// <summary>
/// A part's bytes as they go into the zip: raw deflate data, with the CRC-32 and length of what was
/// deflated. Compressing a part does not need the zip, so a part many annexes share can be compressed
/// once and kept (<see cref="PartCache"/>).
/// </summary>
internal sealed record CompressedPart(ArraySegment<byte> Deflated, uint Crc32, long Length)
{
    /// <summary>Compresses what <paramref name="write"/> writes.</summary>
    public static CompressedPart Of(Action<Stream> write, System.IO.Compression.CompressionLevel level)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var compressor = new CompressingStream(level);
        write(compressor);
        return compressor.Finish();
    }
}
