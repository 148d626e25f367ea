using System.Collections.Concurrent;
using System.IO.Compression;
using Clausier.Zip;

namespace Clausier.Word.Packaging;

/// <summary>
/// Parts that come out byte for byte the same for many annexes of one writer (font table, settings,
/// built-in styles, the placeholder glossary), compressed once and kept under a key naming everything
/// they are made from, rather than built, serialised and deflated again for every annex.
/// </summary>
/// <remarks>
/// Thread-safe; a writer serves a whole batch. Bounded, because a glossary's key holds the template's
/// placeholder sentences and a long-running server may see any number of templates: once full, parts
/// are compressed each time as if there were no cache.
/// </remarks>
internal sealed class PartCache(CompressionLevel level)
{
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<string, CompressedPart> _parts = new(StringComparer.Ordinal);

    /// <summary>The part kept under <paramref name="key"/>, else what <paramref name="write"/> writes, compressed (and kept while there is room).</summary>
    public CompressedPart GetOrAdd(string key, Action<Stream> write)
    {
        if (_parts.TryGetValue(key, out var part))
        {
            return part;
        }

        part = CompressedPart.Of(write, level);
        if (_parts.Count < Capacity)
        {
            part = _parts.GetOrAdd(key, part);
        }

        return part;
    }
}
