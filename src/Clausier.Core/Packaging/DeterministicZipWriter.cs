using System.IO.Compression;

namespace Clausier.Core.Packaging;

/// <summary>A zip whose entries all carry one fixed time, so that the same content gives the same bytes.</summary>
internal sealed class DeterministicZipWriter(Stream output, DateTimeOffset timestamp, CompressionLevel level) : IDisposable
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold.</summary>
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);
    private readonly DateTimeOffset _time = new((timestamp < DosEpoch ? DosEpoch : timestamp).UtcDateTime.Ticks, TimeSpan.Zero);

    public void Add(string name, Action<Stream> write)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = _time;
        using var stream = entry.Open();
        write(stream);
    }

    public void Dispose() => _zip.Dispose();
}
