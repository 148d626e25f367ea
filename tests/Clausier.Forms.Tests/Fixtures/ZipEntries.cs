using System.IO.Compression;
using Clausier.Zip;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>
/// How the fixtures take a zip apart and put one together: its entries as names and bytes, in order,
/// written by the tool's own <see cref="DeterministicZipWriter"/> at one fixed time, so that a fixture,
/// and a seeded mutation of one, is the same bytes on every run. Entries are written as given: duplicate
/// names and unsafe paths included, which is what hostile fixtures need.
/// </summary>
public static class ZipEntries
{
    public static readonly DateTimeOffset Time = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <exception cref="InvalidDataException">The bytes are not a zip System.IO.Compression can read.</exception>
    public static List<(string Name, byte[] Data)> Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>(archive.Entries.Count);
        foreach (var entry in archive.Entries)
        {
            using var input = entry.Open();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            entries.Add((entry.FullName, buffer.ToArray()));
        }

        return entries;
    }

    public static byte[] Write(IEnumerable<(string Name, byte[] Data)> entries, CompressionLevel level = CompressionLevel.Optimal) =>
        DeterministicZipWriter.Write(Time, zip =>
        {
            foreach (var (name, data) in entries)
            {
                zip.Add(name, data, level);
            }
        });
}
