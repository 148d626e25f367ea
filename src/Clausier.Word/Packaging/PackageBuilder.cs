using System.IO.Compression;
using Clausier.Zip;

namespace Clausier.Word.Packaging;

/// <summary>
/// Writes an OPC package (ECMA-376 Part 2) in one pass, straight into a deterministic zip: content types
/// and relationship parts are generated from what was added, entries come in a fixed order (content types,
/// package relationships, then by name) with one fixed time. Saving through System.IO.Packaging and then
/// normalising the zip compressed every part twice and buffered it three times; this compresses once.
/// </summary>
/// <remarks>Parts are written lazily by <see cref="Build"/>, so a part may be added before its content is final.</remarks>
internal sealed class PackageBuilder
{
    /// <summary>The source name of package-level relationships (<c>_rels/.rels</c>).</summary>
    public const string PackageSource = "/";

    private readonly List<PackageEntry> _parts = [];
    private readonly Dictionary<string, List<PackageRelationship>> _relationships = new(StringComparer.Ordinal);

    /// <param name="name">Absolute part name, e.g. <c>/word/document.xml</c>.</param>
    /// <param name="write">Writes the part's bytes; called once, by <see cref="Build"/>.</param>
    public void AddPart(string name, string contentType, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(write);
        _parts.Add(new PackageEntry(name, contentType, level => CompressedPart.Of(write, level)));
    }

    /// <summary>A part already compressed (e.g. kept by <see cref="PartCache"/>).</summary>
    /// <param name="name">Absolute part name, e.g. <c>/word/document.xml</c>.</param>
    /// <param name="compressed">Gives the part's compressed bytes; called once, by <see cref="Build"/>.</param>
    public void AddPart(string name, string contentType, Func<CompressedPart> compressed)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(compressed);
        _parts.Add(new PackageEntry(name, contentType, _ => compressed()));
    }

    /// <param name="source">The part the relationship belongs to, or <see cref="PackageSource"/>.</param>
    public void AddRelationship(string source, PackageRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (!_relationships.TryGetValue(source, out var list))
        {
            _relationships[source] = list = [];
        }

        list.Add(relationship);
    }

    public byte[] Build(DateTimeOffset timestamp, CompressionLevel level)
    {
        var entries = new List<PackageEntry>(_parts)
        {
            new("/[Content_Types].xml", "", level => CompressedPart.Of(s => PackageXml.WriteContentTypes(s, _parts), level)),
        };
        foreach (var (source, relationships) in _relationships)
        {
            entries.Add(new PackageEntry(RelationshipsPartName(source), PackageXml.RelationshipsContentType,
                level => CompressedPart.Of(s => PackageXml.WriteRelationships(s, relationships), level)));
        }

        var compressed = new List<(string Name, CompressedPart Part)>(entries.Count);
        foreach (var entry in DeterministicZipWriter.PackageOrder(entries, e => e.Name[1..]))
        {
            compressed.Add((entry.Name[1..], entry.Compress(level)));
        }

        // The package is written into an array of its exact size: no buffer regrown on the way, no final copy.
        var bytes = GC.AllocateUninitializedArray<byte>(DeterministicZipWriter.SizeOf(compressed));
        var output = new MemoryStream(bytes, writable: true);
        var zip = new DeterministicZipWriter(output, timestamp);
        foreach (var (name, part) in compressed)
        {
            zip.Add(name, part);
        }

        zip.Finish();
        if (output.Position != bytes.Length)
        {
            throw new InvalidOperationException($"The package took {output.Position} bytes where {bytes.Length} were counted.");
        }

        return bytes;
    }

    /// <summary><c>/word/document.xml</c> → <c>/word/_rels/document.xml.rels</c>; the package → <c>/_rels/.rels</c>.</summary>
    private static string RelationshipsPartName(string source)
    {
        var slash = source.LastIndexOf('/');
        return $"{source[..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
    }
}
