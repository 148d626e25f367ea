using System.Collections.Concurrent;
using System.Diagnostics;
using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline.Batch;

/// <summary>
/// Generates every item of a batch in parallel with one shared generator. Each item is written
/// atomically, so an interrupted batch leaves only complete files and can simply be run again;
/// items whose inputs and output did not change since the last report are skipped.
/// </summary>
public sealed class BatchRunner(AnnexGenerator generator, string inputsFingerprint, BatchOptions options)
{
    public const string ReportName = "batch-report.json";

    public BatchReport Run(BatchManifest manifest, string outputFolder, Action<BatchProgress>? progress = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(outputFolder);
        var previous = BatchReport.TryLoad(Path.Combine(outputFolder, ReportName));
        var results = new ConcurrentDictionary<int, BatchItemResult>();
        var failed = manifest.Failures.Select(f => new BatchItemResult(f.Source, null, null, null, null, null, null, BatchItemStatus.Failed, f.Diagnostics, TimeSpan.Zero)).ToList();
        var total = manifest.Items.Count + failed.Count;
        var clock = Stopwatch.StartNew();
        var done = 0;
        var failures = failed.Count;
        var duplicates = DuplicateOutputs(manifest);
        void Report(BatchItemResult result)
        {
            var count = Interlocked.Increment(ref done);
            var failedCount = result.Status == BatchItemStatus.Failed ? Interlocked.Increment(ref failures) : Volatile.Read(ref failures);
            progress?.Invoke(new BatchProgress(count + failed.Count, total, failedCount, result, clock.Elapsed));
        }

        try
        {
            Parallel.For(0, manifest.Items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation }, i =>
            {
                var result = duplicates.Contains(i)
                    ? Duplicate(manifest.Items[i])
                    : RunItem(manifest.Items[i], outputFolder, previous);
                results[i] = result;
                Report(result);
            });
        }
        catch (OperationCanceledException)
        {
            // Items already written are complete (atomic writes); the report records them so a re-run skips them.
        }

        var ordered = failed.Concat(Enumerable.Range(0, manifest.Items.Count).Where(results.ContainsKey).Select(i => results[i])).ToList();
        var report = new BatchReport(manifest.Path, Path.GetFullPath(outputFolder), ordered, cancellation.IsCancellationRequested);
        report.Save(Path.Combine(outputFolder, ReportName));
        return report;
    }

    private BatchItemResult RunItem(BatchItem item, string outputFolder, BatchReport? previous)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = Fingerprints.Of(inputsFingerprint, item.TenderText, item.Lot.Number, item.Lot.Segment.Value, item.OutputName);
        var path = Path.Combine(outputFolder, item.OutputName);
        if (!options.Force && previous?.Find(item.OutputName) is { Fingerprint: var before, Sha256: { } sha } && before == fingerprint
            && File.Exists(path) && Fingerprints.OfBytes(File.ReadAllBytes(path)) == sha)
        {
            return Result(item, BatchItemStatus.Skipped, sha, fingerprint, [], clock.Elapsed);
        }

        var annex = generator.Generate(item.Tender, item.Lot);
        if (!annex.Succeeded)
        {
            return Result(item, BatchItemStatus.Failed, null, null, annex.Diagnostics, clock.Elapsed);
        }

        try
        {
            AtomicFile.Write(path, annex.Docx);
        }
        catch (OutputWriteException ex)
        {
            return Result(item, BatchItemStatus.Failed, null, null, [.. annex.Diagnostics, ex.ToDiagnostic()], clock.Elapsed);
        }

        return Result(item, BatchItemStatus.Written, Fingerprints.OfBytes(annex.Docx), fingerprint, annex.Diagnostics, clock.Elapsed);
    }

    private static BatchItemResult Result(BatchItem item, BatchItemStatus status, string? sha, string? fingerprint, IReadOnlyList<Diagnostic> diagnostics, TimeSpan duration) =>
        new(item.Source, item.Tender.Reference, item.Lot.Number, item.Lot.Segment.Value,
            status == BatchItemStatus.Failed ? null : item.OutputName, sha, fingerprint, status, diagnostics, duration);

    private static BatchItemResult Duplicate(BatchItem item) =>
        Result(item, BatchItemStatus.Failed, null, null,
            [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ1202.output", new FileLocation(item.Source), item.OutputName)],
            TimeSpan.Zero);

    /// <summary>Indexes of items whose output name an earlier item already uses.</summary>
    private static HashSet<int> DuplicateOutputs(BatchManifest manifest)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. manifest.Items.Select((item, index) => (item, index)).Where(x => !seen.Add(x.item.OutputName)).Select(x => x.index)];
    }
}
