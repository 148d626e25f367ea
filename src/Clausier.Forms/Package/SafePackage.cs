using System.IO.Compression;
using System.Xml.Linq;

namespace Clausier.Forms.Package;

/// <summary>
/// A candidate's package, checked before anything in it is parsed: entry names, entry count and macro
/// parts when opened, then every part inflated into memory under a byte cap and a ratio check as it is
/// read. Sizes the zip declares are never trusted, and nothing is ever extracted to disk.
/// </summary>
/// <remarks>
/// Open Packaging Conventions are resolved here rather than by System.IO.Packaging / the Open XML SDK:
/// the reader needs three relationship look-ups, must stay lenient with packages other editors wrote
/// (a missing content type must not make the answers unreadable) and must parse every XML part with
/// its own bounded, DTD-free reader.
/// </remarks>
internal sealed partial class SafePackage : IDisposable
{
    private const string ContentTypesName = "[Content_Types].xml";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ReaderLimits _limits;
    private long _inflated;

    private SafePackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, ReaderLimits limits)
    {
        _zip = zip;
        _entries = entries;
        _limits = limits;
    }

    public IEnumerable<string> PartNames => _entries.Keys;

    public ContentTypes ContentTypes { get; private set; } = ContentTypes.Empty;

    /// <summary>Opens and checks a package held in memory; throws <see cref="RefusedException"/> when it must be refused.</summary>
    public static SafePackage Open(byte[] data, ReaderLimits limits)
    {
        if (data.Length == 0)
        {
            throw RefusedException.Of("CLZ4001");
        }

        if (!FileSniffer.IsZip(data))
        {
            throw RefusedException.Of(FileSniffer.Describe(data));
        }

        ZipArchive zip;
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            entries = zip.Entries;
        }
        catch (InvalidDataException ex)
        {
            throw RefusedException.Of("CLZ4006.zip", ex.Message);
        }

        try
        {
            var package = new SafePackage(zip, CheckEntries(entries, limits), limits);
            package.ContentTypes = package.ReadContentTypes();
            package.RefuseMacros();
            return package;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public bool Exists(string partName) => _entries.ContainsKey(Trim(partName));

    /// <summary>Inflates one part under the per-part and total caps, into a pooled buffer the caller disposes.</summary>
    public PooledBytes Read(string partName)
    {
        var name = Trim(partName);
        if (!_entries.TryGetValue(name, out var entry))
        {
            throw RefusedException.Of("CLZ4006.missing-part", name);
        }

        // Deflate never shrinks data below its inflated size by more than its block overhead, so a
        // smaller declared size is a lie. System.IO.Compression stops at the declared size, which keeps
        // such an entry bounded; refusing it gives the buyer the real reason instead of broken XML.
        if (entry.CompressedLength > entry.Length + 1024 + (entry.Length / 100))
        {
            throw RefusedException.Of("CLZ4017.declared", name, entry.Length, entry.CompressedLength);
        }

        var compressed = Math.Max(entry.CompressedLength, 1);

        // The declared size is only a capacity hint, bounded by what the compressed bytes may honestly
        // hold and by the part limit, so that a lying entry cannot make the reader rent more than an
        // honest one could. Renting it at once rather than doubling from a small buffer keeps one
        // buffer of a large part in the shared pool, not every size on the way.
        var hint = Math.Min(Math.Min(entry.Length, compressed * (long)Math.Min(_limits.MaxCompressionRatio, 1000)), _limits.MaxPartBytes);
        var output = new PooledBytes((int)Math.Max(hint, 0) + 1);
        try
        {
            using var input = entry.Open();
            int read;

            // Read in chunks, so that the caps below are checked after each one rather than once at the end.
            while ((read = output.ReadFrom(input, 81920)) > 0)
            {
                _inflated += read;
                CheckInflated(name, entry.Length, output.Length, compressed);
            }

            CheckIntact(name, entry, output);
            return output;
        }
        catch (InvalidDataException ex)
        {
            output.Dispose();
            throw RefusedException.Of("CLZ4006.inflate", name, ex.Message);
        }
        catch (NotSupportedException ex)
        {
            output.Dispose();
            throw RefusedException.Of("CLZ4006.unsupported", name, ex.Message);
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The inflated bytes must have the size and CRC-32 the zip declares: a flipped bit inside an entry
    /// still inflates, and would silently change an answer ("9.10" read as "9.1-").
    /// </summary>
    private static void CheckIntact(string name, ZipArchiveEntry entry, PooledBytes output)
    {
        if (output.Length != entry.Length)
        {
            throw RefusedException.Of("CLZ4017.inflated", name, output.Length, entry.Length);
        }

        if (System.IO.Hashing.Crc32.HashToUInt32(output.Segment) != entry.Crc32)
        {
            throw RefusedException.Of("CLZ4024", name);
        }
    }

    private void CheckInflated(string name, long declared, long length, long compressed)
    {
        if (length > _limits.MaxPartBytes)
        {
            throw RefusedException.Of("CLZ4009.part", name, Megabytes(_limits.MaxPartBytes), declared);
        }

        if (_inflated > _limits.MaxInflatedBytes)
        {
            throw RefusedException.Of("CLZ4009.total", Megabytes(_limits.MaxInflatedBytes));
        }

        if (length > _limits.RatioThresholdBytes && length / compressed > _limits.MaxCompressionRatio)
        {
            throw RefusedException.Of("CLZ4010", name, _limits.MaxCompressionRatio);
        }
    }

    public XDocument LoadXml(string partName, bool isMainDocument = false)
    {
        using var bytes = Read(partName);
        return XmlPartLoader.Load(bytes.Segment, "/" + Trim(partName), _limits, isMainDocument);
    }

    public void Dispose() => _zip.Dispose();

    internal static string Trim(string partName) => partName.TrimStart('/');

    private static Dictionary<string, ZipArchiveEntry> CheckEntries(IReadOnlyList<ZipArchiveEntry> entries, ReaderLimits limits)
    {
        if (entries.Count > limits.MaxEntries)
        {
            throw RefusedException.Of("CLZ4007", entries.Count, limits.MaxEntries);
        }

        // OPC part names are case-insensitive: two entries differing only by case are ambiguous.
        var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var name = entry.FullName;
            if (IsUnsafeName(name))
            {
                throw RefusedException.Of("CLZ4008", Printable(name));
            }

            if (name.EndsWith('/'))
            {
                continue;
            }

            if (!byName.TryAdd(name, entry))
            {
                throw RefusedException.Of("CLZ4016", Printable(name));
            }
        }

        return byName;
    }

    private static bool IsUnsafeName(string name)
    {
        if (name.Length == 0 || name[0] is '/' or '\\' || (name.Length > 1 && name[1] == ':') || name.Any(char.IsControl))
        {
            return true;
        }

        return name.Split('/', '\\').Any(segment => segment == "..");
    }

    private static string Printable(string name) =>
        new([.. name.Take(120).Select(c => char.IsControl(c) ? '?' : c)]);

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);

    private ContentTypes ReadContentTypes()
    {
        if (!_entries.ContainsKey(ContentTypesName))
        {
            if (_entries.ContainsKey("mimetype") && _entries.ContainsKey("content.xml"))
            {
                throw RefusedException.Of("CLZ4004.odt");
            }

            throw RefusedException.Of("CLZ4004.no-content-types");
        }

        return ContentTypes.Parse(LoadXml(ContentTypesName));
    }
}
