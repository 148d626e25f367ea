using System.IO.Compression;
using Clausier.Core.Tenders;
using Clausier.Pipeline.Batch;

namespace Clausier.Pipeline;

/// <summary>
/// The annexes of every lot of a tender in one ZIP, named as <c>clausier batch</c> names them
/// (<see cref="OutputNames"/>). Entries keep lot order and carry one fixed time, so the same annexes
/// always give the same bytes.
/// </summary>
public static class AnnexArchive
{
    /// <summary>The earliest time a zip (DOS) timestamp can hold.</summary>
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="annexes">Generated annexes; those that failed are left out.</param>
    public static byte[] Create(Tender tender, IEnumerable<GeneratedAnnex> annexes, DateTimeOffset timestamp)
    {
        var time = timestamp < DosEpoch ? DosEpoch : timestamp;
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var annex in annexes.Where(a => a.Succeeded))
            {
                var lot = tender.FindLot(annex.LotNumber) ?? throw new ArgumentException($"Lot {annex.LotNumber} is not a lot of the tender.", nameof(annexes));

                // A DOCX is already deflated: storing it again compressed gains nothing and costs time.
                var entry = zip.CreateEntry(OutputNames.For(tender, lot), CompressionLevel.NoCompression);
                entry.LastWriteTime = new DateTimeOffset(time.UtcDateTime.Ticks, TimeSpan.Zero);
                using var target = entry.Open();
                target.Write(annex.Docx);
            }
        }

        return output.ToArray();
    }
}
