using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using YamlDotNet.RepresentationModel;

namespace Clausier.Pipeline.Batch;

/// <summary>
/// Reads a batch manifest (docs/batch.md): a list of tenders, each a file or inline, optionally
/// restricted to some lots. Each entry is read on its own so one bad tender fails alone.
/// </summary>
public static class BatchManifestReader
{
    public static BatchManifest Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1201.manifest", new FileLocation(path));
            return new BatchManifest(path, [], [], diagnostics.ToList());
        }

        var text = Utf8Text.ReadFile(path, diagnostics);
        if (text is null)
        {
            return new BatchManifest(path, [], [], diagnostics.ToList());
        }

        var root = YamlMap.From(YamlLocations.LoadRoot(path, new StringReader(text), diagnostics), path, MessageCatalogue.Format("context.batch-manifest"), diagnostics);
        var items = new List<BatchItem>();
        var failures = new List<BatchEntryFailure>();
        var entries = root?.Sequence("tenders", required: true) ?? [];
        root?.ReportUnknownKeys();
        for (var i = 0; i < entries.Count; i++)
        {
            ReadEntry(path, text, entries[i], i, items, failures, diagnostics);
        }

        return new BatchManifest(path, items, failures, diagnostics.ToList());
    }

    /// <summary>One annex per market segment of the catalogue, for the first lot of one tender.</summary>
    public static BatchManifest PerSegment(string tenderPath, IEnumerable<string> segments)
    {
        var tender = TenderReader.ReadFile(tenderPath);
        if (tender.Value is null || tender.HasErrors)
        {
            return new BatchManifest(tenderPath, [], [new BatchEntryFailure(tenderPath, tender.Diagnostics)], []);
        }

        var text = File.ReadAllText(tenderPath);
        var lot = tender.Value.Lots[0];
        var items = segments.Select(segment =>
        {
            var variant = lot with { Segment = new Located<string>(segment, lot.Segment.Location) };
            return new BatchItem(tenderPath, text, tender.Value with { Lots = [variant] }, variant, OutputNames.For(tender.Value, variant));
        }).ToList();
        return new BatchManifest(tenderPath, items, [], tender.Diagnostics);
    }

    private static void ReadEntry(string path, string text, YamlNode node, int index, List<BatchItem> items, List<BatchEntryFailure> failures, DiagnosticBag diagnostics)
    {
        var entry = YamlMap.From(node, path, MessageCatalogue.Format("context.tender-entry", index + 1), diagnostics);
        if (entry is null)
        {
            return;
        }

        var file = entry.String("file");
        var inline = entry.Node("tender");
        var lots = entry.Sequence("lots").OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList();
        entry.ReportUnknownKeys();
        var source = file is null ? $"{path}#tenders[{index + 1}]" : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file);
        var result = (file, inline) switch
        {
            (not null, null) => TenderReader.ReadFile(source),
            (null, not null) => TenderReader.FromNode(path, inline),
            _ => new Result<Tender>(null, [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ1003.tender-entry", entry.Location)]),
        };
        if (result.Value is null || result.HasErrors)
        {
            failures.Add(new BatchEntryFailure(source, result.Diagnostics));
            return;
        }

        // Warnings about the tender (a character removed from a value) stay visible in the batch's output.
        diagnostics.AddRange(result.Diagnostics);
        var tenderText = file is null ? text[(int)inline!.Start.Index..(int)inline.End.Index] : File.ReadAllText(source);
        AddLots(source, tenderText, result.Value, lots, entry, items, failures);
    }

    private static void AddLots(string source, string tenderText, Tender tender, List<string> wanted, YamlMap entry, List<BatchItem> items, List<BatchEntryFailure> failures)
    {
        foreach (var number in wanted.Where(n => tender.FindLot(n) is null))
        {
            failures.Add(new BatchEntryFailure(source,
                [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ1207.batch", entry.Location, tender.Reference, number)]));
        }

        foreach (var lot in tender.Lots.Where(l => wanted.Count == 0 || wanted.Contains(l.Number)))
        {
            items.Add(new BatchItem(source, tenderText, tender, lot, OutputNames.For(tender, lot)));
        }
    }
}
