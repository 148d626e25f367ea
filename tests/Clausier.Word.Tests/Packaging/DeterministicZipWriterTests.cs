using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Clausier.Zip;

namespace Clausier.Word.Tests.Packaging;

/// <summary>The zip written from already compressed parts reads back, entry for entry, with any zip reader's checks.</summary>
public class DeterministicZipWriterTests
{
    private static readonly DateTimeOffset Time = new(2025, 6, 30, 12, 34, 56, TimeSpan.Zero);

    private static byte[] Zip(DateTimeOffset time, params (string Name, byte[] Content)[] entries)
    {
        var output = new MemoryStream();
        var zip = new DeterministicZipWriter(output, time);
        foreach (var (name, content) in entries)
        {
            zip.Add(name, CompressedPart.Of(s => s.Write(content), CompressionLevel.Fastest));
        }

        zip.Finish();
        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Entries_read_back_with_their_content_length_and_crc()
    {
        var large = Enumerable.Range(0, 500_000).Select(i => (byte)(i % 251)).ToArray();
        var bytes = Zip(Time, ("a.xml", "<a/>"u8.ToArray()), ("dir/large.bin", large), ("empty.xml", []));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["a.xml", "dir/large.bin", "empty.xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(large, Read(zip.GetEntry("dir/large.bin")!));
        Assert.Equal("<a/>"u8.ToArray(), Read(zip.GetEntry("a.xml")!));
        Assert.Empty(Read(zip.GetEntry("empty.xml")!));
        Assert.Equal(Crc32.HashToUInt32(large), zip.GetEntry("dir/large.bin")!.Crc32);
        Assert.Equal(large.Length, zip.GetEntry("dir/large.bin")!.Length);
        Assert.True(zip.GetEntry("dir/large.bin")!.CompressedLength < large.Length / 10);
    }

    [Fact]
    public void Every_entry_carries_the_timestamp_to_the_two_seconds_a_zip_keeps()
    {
        using var zip = new ZipArchive(new MemoryStream(Zip(Time, ("a", [1]), ("b", [2]))), ZipArchiveMode.Read);

        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 6, 30, 12, 34, 56), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void A_time_before_zip_times_begin_is_written_as_1980()
    {
        using var zip = new ZipArchive(new MemoryStream(Zip(new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), ("a", [1]))), ZipArchiveMode.Read);

        Assert.Equal(new DateTime(1980, 1, 1), zip.Entries[0].LastWriteTime.DateTime);
    }

    [Fact]
    public void A_name_outside_ascii_is_marked_utf8()
    {
        var bytes = Zip(Time, ("word/média/été.xml", [1, 2, 3]));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: Encoding.Latin1);
        Assert.Equal("word/média/été.xml", zip.Entries[0].FullName);
    }

    [Fact]
    public void Same_parts_give_the_same_bytes() =>
        Assert.Equal(Zip(Time, ("a", [1, 2]), ("b", [3])), Zip(Time, ("a", [1, 2]), ("b", [3])));

    [Fact]
    public void Flushing_the_compressor_does_not_change_the_bytes()
    {
        // Writers such as XmlWriter flush their stream when disposed; a deflate flush would end a block there.
        var data = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 13)).ToArray();
        var plain = CompressedPart.Of(s => s.Write(data), CompressionLevel.Fastest);
        var flushed = CompressedPart.Of(
            s =>
            {
                s.Write(data.AsSpan(0, 1000));
                s.Flush();
                s.Write(data.AsSpan(1000));
                s.Flush();
            },
            CompressionLevel.Fastest);

        Assert.Equal(plain.Deflated.ToArray(), flushed.Deflated.ToArray());
        Assert.Equal(plain.Crc32, flushed.Crc32);
        Assert.Equal(data.Length, flushed.Length);
    }

    [Fact]
    public void A_package_written_again_has_content_types_first_then_package_relationships_then_parts_by_name()
    {
        var first = new DateTimeOffset(2020, 1, 2, 3, 4, 6, TimeSpan.Zero);
        var package = Zip(first, ("word/document.xml", "<d/>"u8.ToArray()), ("_rels/.rels", "<r/>"u8.ToArray()), ("docProps/core.xml", "<c/>"u8.ToArray()), ("[Content_Types].xml", "<t/>"u8.ToArray()));

        var rewritten = DeterministicZipWriter.Rewrite(package, Time, CompressionLevel.Optimal);

        using var zip = new ZipArchive(new MemoryStream(rewritten), ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal("<d/>"u8.ToArray(), Read(zip.GetEntry("word/document.xml")!));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 6, 30, 12, 34, 56), e.LastWriteTime.DateTime));
        Assert.Equal(rewritten, DeterministicZipWriter.Rewrite(package, Time, CompressionLevel.Optimal));
    }

    [Fact]
    public void Content_already_compressed_can_be_stored_without_compressing_it_again()
    {
        var random = System.Security.Cryptography.RandomNumberGenerator.GetBytes(100_000);

        var bytes = DeterministicZipWriter.Write(Time, zip => zip.Add("annexe.docx", random, CompressionLevel.NoCompression));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(random, Read(zip.Entries.Single()));
        Assert.InRange(zip.Entries.Single().CompressedLength, random.Length, random.Length + 100);
    }
}
