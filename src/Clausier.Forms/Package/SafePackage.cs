using System.Buffers;
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
            throw new RefusedException(ProblemCodes.EmptyFile, "the file is empty (0 bytes)");
        }

        if (!FileSniffer.IsZip(data))
        {
            var (code, message) = FileSniffer.Describe(data);
            throw new RefusedException(code, message);
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
            throw new RefusedException(ProblemCodes.CorruptZip, $"the zip package is corrupt or truncated: {ex.Message}");
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

    /// <summary>Inflates one part under the per-part and total caps.</summary>
    public ArraySegment<byte> Read(string partName)
    {
        var name = Trim(partName);
        if (!_entries.TryGetValue(name, out var entry))
        {
            throw new RefusedException(ProblemCodes.CorruptZip, $"part /{name} is missing from the package");
        }

        // Deflate never shrinks data below its inflated size by more than its block overhead, so a
        // smaller declared size is a lie. System.IO.Compression stops at the declared size, which keeps
        // such an entry bounded; refusing it gives the buyer the real reason instead of broken XML.
        if (entry.CompressedLength > entry.Length + 1024 + (entry.Length / 100))
        {
            throw new RefusedException(ProblemCodes.EntrySizeMismatch,
                $"part /{name} declares an inflated size ({entry.Length:N0} bytes) smaller than its compressed size ({entry.CompressedLength:N0} bytes): a zip entry that lies about its size, refused as a zip bomb");
        }

        var compressed = Math.Max(entry.CompressedLength, 1);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            // The declared size is only a capacity hint, bounded by what the compressed bytes may honestly hold.
            var hint = Math.Min(Math.Min(entry.Length, compressed * (long)Math.Min(_limits.MaxCompressionRatio, 1000)), Math.Min(_limits.MaxPartBytes, 64L * 1024 * 1024));
            using var output = new MemoryStream((int)Math.Max(hint, 0) + 1);
            using var input = entry.Open();
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                _inflated += read;
                if (output.Length > _limits.MaxPartBytes)
                {
                    throw new RefusedException(ProblemCodes.InflatedSizeExceeded,
                        $"part /{name} inflates to more than {Megabytes(_limits.MaxPartBytes)} (declared {entry.Length:N0} bytes): refused as a zip bomb");
                }

                if (_inflated > _limits.MaxInflatedBytes)
                {
                    throw new RefusedException(ProblemCodes.InflatedSizeExceeded,
                        $"the package inflates to more than {Megabytes(_limits.MaxInflatedBytes)} in total: refused as a zip bomb");
                }

                if (output.Length > _limits.RatioThresholdBytes && output.Length / compressed > _limits.MaxCompressionRatio)
                {
                    throw new RefusedException(ProblemCodes.CompressionRatioExceeded,
                        $"part /{name} inflates more than {_limits.MaxCompressionRatio} times its compressed size: refused as a zip bomb");
                }
            }

            return new ArraySegment<byte>(output.GetBuffer(), 0, (int)output.Length);
        }
        catch (InvalidDataException ex)
        {
            throw new RefusedException(ProblemCodes.CorruptZip, $"part /{name} cannot be inflated (corrupt, truncated or encrypted entry): {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            throw new RefusedException(ProblemCodes.CorruptZip, $"part /{name} uses an unsupported zip feature: {ex.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public XDocument LoadXml(string partName, bool isMainDocument = false) =>
        XmlPartLoader.Load(Read(partName), "/" + Trim(partName), _limits, isMainDocument);

    public void Dispose() => _zip.Dispose();

    internal static string Trim(string partName) => partName.TrimStart('/');

    private static Dictionary<string, ZipArchiveEntry> CheckEntries(IReadOnlyList<ZipArchiveEntry> entries, ReaderLimits limits)
    {
        if (entries.Count > limits.MaxEntries)
        {
            throw new RefusedException(ProblemCodes.TooManyEntries,
                $"the zip package has {entries.Count:N0} entries (limit {limits.MaxEntries:N0}): refused");
        }

        // OPC part names are case-insensitive: two entries differing only by case are ambiguous.
        var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var name = entry.FullName;
            if (IsUnsafeName(name))
            {
                throw new RefusedException(ProblemCodes.UnsafeEntryName,
                    $"the zip package has an entry named \"{Printable(name)}\" (absolute path or \"..\"): refused as a path-traversal attempt");
            }

            if (name.EndsWith('/'))
            {
                continue;
            }

            if (!byName.TryAdd(name, entry))
            {
                throw new RefusedException(ProblemCodes.DuplicateEntry,
                    $"the zip package has two entries named \"{Printable(name)}\": refused as ambiguous");
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

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024):N0} MB";

    private ContentTypes ReadContentTypes()
    {
        if (!_entries.ContainsKey(ContentTypesName))
        {
            if (_entries.ContainsKey("mimetype") && _entries.ContainsKey("content.xml"))
            {
                throw new RefusedException(ProblemCodes.NotAPackage,
                    "the file is an OpenDocument (.odt) renamed .docx; ask the candidate to save it as Word (.docx)");
            }

            throw new RefusedException(ProblemCodes.NotAPackage,
                "the zip file has no [Content_Types].xml, so it is not an Office document");
        }

        return ContentTypes.Parse(LoadXml(ContentTypesName));
    }
}
