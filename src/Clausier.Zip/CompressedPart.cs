using System.IO.Compression;

namespace Clausier.Zip;

/// <summary>
/// An entry's bytes as they go into the zip: raw deflate data, with the CRC-32 and length of what was
/// deflated. Compressing a part does not need the zip, so a part many annexes share can be compressed
/// once and kept (Clausier.Word's <c>PartCache</c>).
/// </summary>
public sealed record CompressedPart(ArraySegment<byte> Deflated, uint Crc32, long Length)
{
    /// <summary>Compresses what <paramref name="write"/> writes.</summary>
    public static CompressedPart Of(Action<Stream> write, CompressionLevel level)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var compressor = new CompressingStream(level);
        write(compressor);
        return compressor.Finish();
    }

    /// <summary>Compresses <paramref name="content"/>; <see cref="CompressionLevel.NoCompression"/> for content already compressed (a DOCX in a ZIP).</summary>
    public static CompressedPart Of(ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var compressor = new CompressingStream(level);
        compressor.Write(content);
        return compressor.Finish();
    }
}
