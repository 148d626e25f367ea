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
            throw new RefusedException(ProblemCodes.EmptyFile, "the file is empty (0 bytes)", "le fichier est vide (0 octet)");
        }

        if (!FileSniffer.IsZip(data))
        {
            var (code, message, messageFr) = FileSniffer.Describe(data);
            throw new RefusedException(code, message, messageFr);
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
            throw new RefusedException(ProblemCodes.CorruptZip, $"the zip package is corrupt or truncated: {ex.Message}",
                "le fichier est endommagé ou incomplet (archive zip illisible) ; demandez au candidat de le renvoyer");
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
            throw new RefusedException(ProblemCodes.CorruptZip, $"part /{name} is missing from the package",
                $"la partie /{name} manque dans le fichier");
        }

        // Deflate never shrinks data below its inflated size by more than its block overhead, so a
        // smaller declared size is a lie. System.IO.Compression stops at the declared size, which keeps
        // such an entry bounded; refusing it gives the buyer the real reason instead of broken XML.
        if (entry.CompressedLength > entry.Length + 1024 + (entry.Length / 100))
        {
            throw new RefusedException(ProblemCodes.EntrySizeMismatch,
                $"part /{name} declares an inflated size ({entry.Length:N0} bytes) smaller than its compressed size ({entry.CompressedLength:N0} bytes): a zip entry that lies about its size, refused as a zip bomb",
                $"la partie /{name} déclare une taille décompressée ({entry.Length:N0} octets) inférieure à sa taille compressée ({entry.CompressedLength:N0} octets) : taille mensongère, fichier refusé comme bombe de décompression");
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
            throw new RefusedException(ProblemCodes.CorruptZip, $"part /{name} cannot be inflated (corrupt, truncated or encrypted entry): {ex.Message}",
                $"la partie /{name} ne peut pas être décompressée (élément endommagé, tronqué ou chiffré)");
        }
        catch (NotSupportedException ex)
        {
            output.Dispose();
            throw new RefusedException(ProblemCodes.CorruptZip, $"part /{name} uses an unsupported zip feature: {ex.Message}",
                $"la partie /{name} utilise une fonction du format zip non prise en charge");
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
            throw new RefusedException(ProblemCodes.EntrySizeMismatch,
                $"part /{name} inflates to {output.Length:N0} bytes but declares {entry.Length:N0}: the file is damaged; ask the candidate to send it again",
                $"la partie /{name} fait {output.Length:N0} octets une fois décompressée au lieu des {entry.Length:N0} annoncés : le fichier est endommagé, demandez au candidat de le renvoyer");
        }

        if (System.IO.Hashing.Crc32.HashToUInt32(output.Segment) != entry.Crc32)
        {
            throw new RefusedException(ProblemCodes.ChecksumMismatch,
                $"part /{name} does not match its CRC-32 checksum: the file was damaged on the way (an answer could read differently from what the candidate wrote); ask the candidate to send it again",
                $"la partie /{name} ne correspond pas à sa somme de contrôle CRC-32 : le fichier a été endommagé en route (une réponse pourrait se lire autrement que ce que le candidat a écrit) ; demandez au candidat de le renvoyer");
        }
    }

    private void CheckInflated(string name, long declared, long length, long compressed)
    {
        if (length > _limits.MaxPartBytes)
        {
            throw new RefusedException(ProblemCodes.InflatedSizeExceeded,
                $"part /{name} inflates to more than {Megabytes(_limits.MaxPartBytes)} (declared {declared:N0} bytes): refused as a zip bomb",
                $"la partie /{name} dépasse {Mo(_limits.MaxPartBytes)} une fois décompressée : fichier refusé comme bombe de décompression");
        }

        if (_inflated > _limits.MaxInflatedBytes)
        {
            throw new RefusedException(ProblemCodes.InflatedSizeExceeded,
                $"the package inflates to more than {Megabytes(_limits.MaxInflatedBytes)} in total: refused as a zip bomb",
                $"le fichier dépasse {Mo(_limits.MaxInflatedBytes)} au total une fois décompressé : refusé comme bombe de décompression");
        }

        if (length > _limits.RatioThresholdBytes && length / compressed > _limits.MaxCompressionRatio)
        {
            throw new RefusedException(ProblemCodes.CompressionRatioExceeded,
                $"part /{name} inflates more than {_limits.MaxCompressionRatio} times its compressed size: refused as a zip bomb",
                $"la partie /{name} grossit plus de {_limits.MaxCompressionRatio} fois à la décompression : fichier refusé comme bombe de décompression");
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
            throw new RefusedException(ProblemCodes.TooManyEntries,
                $"the zip package has {entries.Count:N0} entries (limit {limits.MaxEntries:N0}): refused",
                $"le fichier contient {entries.Count:N0} éléments (limite : {limits.MaxEntries:N0}) : refusé");
        }

        // OPC part names are case-insensitive: two entries differing only by case are ambiguous.
        var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var name = entry.FullName;
            if (IsUnsafeName(name))
            {
                throw new RefusedException(ProblemCodes.UnsafeEntryName,
                    $"the zip package has an entry named \"{Printable(name)}\" (absolute path or \"..\"): refused as a path-traversal attempt",
                    $"le fichier contient un élément nommé « {Printable(name)} » (chemin absolu ou « .. ») : refusé comme tentative d'accès hors du dossier");
            }

            if (name.EndsWith('/'))
            {
                continue;
            }

            if (!byName.TryAdd(name, entry))
            {
                throw new RefusedException(ProblemCodes.DuplicateEntry,
                    $"the zip package has two entries named \"{Printable(name)}\": refused as ambiguous",
                    $"le fichier contient deux éléments nommés « {Printable(name)} » : refusé car ambigu");
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

    private static string Mo(long bytes) => $"{bytes / (1024 * 1024):N0} Mo";

    private ContentTypes ReadContentTypes()
    {
        if (!_entries.ContainsKey(ContentTypesName))
        {
            if (_entries.ContainsKey("mimetype") && _entries.ContainsKey("content.xml"))
            {
                throw new RefusedException(ProblemCodes.NotAPackage,
                    "the file is an OpenDocument (.odt) renamed .docx; ask the candidate to save it as Word (.docx)",
                    "le fichier est un document OpenDocument (.odt) renommé en .docx ; demandez au candidat de l'enregistrer au format Word (.docx)");
            }

            throw new RefusedException(ProblemCodes.NotAPackage,
                "the zip file has no [Content_Types].xml, so it is not an Office document",
                "le fichier est une archive zip sans [Content_Types].xml : ce n'est pas un document Office");
        }

        return ContentTypes.Parse(LoadXml(ContentTypesName));
    }
}
