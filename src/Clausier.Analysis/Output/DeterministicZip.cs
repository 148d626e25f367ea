using System.IO.Compression;

namespace Clausier.Analysis.Output;

/// <summary>
/// Rewrites a package so that the same content gives the same bytes: System.IO.Packaging stamps each
/// zip entry with the current time and orders entries by when parts were touched. Entries are written
/// in a fixed order (content types, package relationships, then by name) with one fixed time.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold.</summary>
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package, DateTimeOffset timestamp)
    {
        var time = timestamp < DosEpoch ? DosEpoch : timestamp;
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(time.UtcDateTime.Ticks, TimeSpan.Zero);
                using var source = entry.Open();
                using var target = copy.Open();
                source.CopyTo(target);
            }
        }

        return output.ToArray();
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
