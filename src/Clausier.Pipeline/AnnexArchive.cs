using System.IO.Compression;
using Clausier.Core.Tenders;
using Clausier.Pipeline.Batch;
using Clausier.Zip;

namespace Clausier.Pipeline;

/// <summary>
/// The annexes of every lot of a tender in one ZIP, named as <c>clausier batch</c> names them
/// (<see cref="OutputNames"/>). Entries keep lot order and carry one fixed time, so the same annexes
/// always give the same bytes.
/// </summary>
public static class AnnexArchive
{
    /// <param name="annexes">Generated annexes; those that failed are left out.</param>
    public static byte[] Create(Tender tender, IEnumerable<GeneratedAnnex> annexes, DateTimeOffset timestamp) =>
        DeterministicZipWriter.Write(timestamp, zip =>
        {
            foreach (var annex in annexes.Where(a => a.Succeeded))
            {
                var lot = tender.FindLot(annex.LotNumber) ?? throw new ArgumentException($"Lot {annex.LotNumber} is not a lot of the tender.", nameof(annexes));

                // A DOCX is already deflated: compressing it again gains nothing and costs time.
                zip.Add(OutputNames.For(tender, lot), annex.Docx, CompressionLevel.NoCompression);
            }
        });
}
