using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Clausier.Zip;

/// <summary>
/// The one zip writer of the tool: entries in the order they are added, every one with one fixed time
/// and no field that depends on the machine, so that the same content gives the same bytes.
/// </summary>
/// <remarks>
/// Written here rather than with <see cref="ZipArchive"/>, which compresses each entry itself as it is
/// written: parts many annexes share are compressed once per writer (<see cref="CompressedPart"/>), and
/// ZipArchive cannot take an entry already deflated; it also writes the host system into each header.
/// What is written is the plainest zip (APPNOTE 6.3): deflated entries, sizes and CRC in the local
/// headers, no data descriptors, no extra fields, no ZIP64; a package that would need ZIP64 is refused.
/// </remarks>
public sealed class DeterministicZipWriter(Stream output, DateTimeOffset timestamp)
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const ushort Version = 20; // 2.0: deflate
    private const ushort Deflated = 8;
    private const ushort Utf8Names = 1 << 11;
    private const int LocalHeaderLength = 30;
    private const int CentralHeaderLength = 46;
    private const int EndOfCentralDirectoryLength = 22;

    /// <summary>The earliest time a zip (DOS) timestamp can hold.</summary>
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<Entry> _entries = [];
    private readonly (ushort Time, ushort Date) _time = DosTime(timestamp);

    /// <summary>The zip <paramref name="add"/> fills, as bytes.</summary>
    public static byte[] Write(DateTimeOffset timestamp, Action<DeterministicZipWriter> add)
    {
        ArgumentNullException.ThrowIfNull(add);
        using var output = new MemoryStream();
        var zip = new DeterministicZipWriter(output, timestamp);
        add(zip);
        zip.Finish();
        return output.ToArray();
    }

    /// <summary>
    /// Writes a package (DOCX, XLSX) again in <see cref="PackageOrder"/>, every entry dated
    /// <paramref name="timestamp"/>: System.IO.Packaging stamps each entry with the current time and
    /// orders entries by when parts were touched.
    /// </summary>
    public static byte[] Rewrite(byte[] package, DateTimeOffset timestamp, CompressionLevel level)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        return Write(timestamp, zip =>
        {
            foreach (var entry in PackageOrder(input.Entries, e => e.FullName))
            {
                using var source = entry.Open();
                zip.Add(entry.FullName, CompressedPart.Of(source.CopyTo, level));
            }
        });
    }

    /// <summary>
    /// The order of an OPC package's entries: <c>[Content_Types].xml</c> first and the package
    /// relationships next, as readers that stream a package expect them, then by name (ordinal).
    /// </summary>
    public static IEnumerable<T> PackageOrder<T>(IEnumerable<T> entries, Func<T, string> name) =>
        entries.OrderBy(e => name(e) switch
        {
            "[Content_Types].xml" => 0,
            "_rels/.rels" => 1,
            _ => 2,
        }).ThenBy(name, StringComparer.Ordinal);

    /// <summary>Compresses <paramref name="content"/> at <paramref name="level"/> and adds it.</summary>
    public void Add(string name, ReadOnlySpan<byte> content, CompressionLevel level) => Add(name, CompressedPart.Of(content, level));

    public void Add(string name, CompressedPart part)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (_entries.Count == ushort.MaxValue || part.Length > uint.MaxValue
            || output.Position > uint.MaxValue || nameBytes.Length > ushort.MaxValue)
        {
            throw new NotSupportedException($"The package is too large for a zip without ZIP64 (entry {name}).");
        }

        var entry = new Entry(nameBytes, Ascii.IsValid(nameBytes) ? (ushort)0 : Utf8Names, part.Crc32, (uint)part.Deflated.Count, (uint)part.Length, (uint)output.Position);
        Span<byte> header = stackalloc byte[LocalHeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        WriteCommon(header[6..], entry);
        output.Write(header);
        output.Write(nameBytes);
        output.Write(part.Deflated);
        _entries.Add(entry);
    }

    /// <summary>The bytes the zip of <paramref name="entries"/> takes: local headers, data, central directory and its end.</summary>
    public static int SizeOf(IEnumerable<(string Name, CompressedPart Part)> entries)
    {
        long size = EndOfCentralDirectoryLength;
        foreach (var (name, part) in entries)
        {
            var nameLength = Encoding.UTF8.GetByteCount(name);
            size += LocalHeaderLength + nameLength + part.Deflated.Count + CentralHeaderLength + nameLength;
        }

        return size > int.MaxValue ? throw new NotSupportedException("The package is too large for a zip without ZIP64.") : (int)size;
    }

    /// <summary>Writes the central directory; the zip is complete afterwards.</summary>
    public void Finish()
    {
        var start = output.Position;
        Span<byte> header = stackalloc byte[CentralHeaderLength];
        foreach (var entry in _entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version); // made by: MS-DOS attributes, 2.0
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
            WriteCommon(header[8..], entry);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], entry.Offset);
            output.Write(header);
            output.Write(entry.Name);
        }

        var size = output.Position - start;
        if (start > uint.MaxValue || size > uint.MaxValue)
        {
            throw new NotSupportedException("The package is too large for a zip without ZIP64.");
        }

        Span<byte> end = stackalloc byte[EndOfCentralDirectoryLength];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndOfCentralDirectorySignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        output.Write(end);
    }

    /// <summary>The fields local and central headers share, from "general purpose flags" to "extra field length".</summary>
    private void WriteCommon(Span<byte> span, Entry entry)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, entry.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], _time.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], _time.Date);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], entry.CompressedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], entry.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], (ushort)entry.Name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 0);
    }

    /// <summary>A zip time is local time without a zone: the timestamp's UTC fields are written, as ZipArchive did.</summary>
    private static (ushort Time, ushort Date) DosTime(DateTimeOffset timestamp)
    {
        var utc = (timestamp < DosEpoch ? DosEpoch : timestamp).UtcDateTime;
        if (utc.Year > 2107)
        {
            utc = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        }

        var time = (utc.Hour << 11) | (utc.Minute << 5) | (utc.Second / 2);
        var date = ((utc.Year - 1980) << 9) | (utc.Month << 5) | utc.Day;
        return ((ushort)time, (ushort)date);
    }

    private sealed record Entry(byte[] Name, ushort Flags, uint Crc32, uint CompressedLength, uint Length, uint Offset);
}
