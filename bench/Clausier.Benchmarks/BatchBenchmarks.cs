using BenchmarkDotNet.Attributes;
using Clausier.Core.Loading;
using Clausier.Pipeline;
using Clausier.Pipeline.Batch;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Benchmarks;

/// <summary>A batch of 1,000 annexes (100 tenders × 10 segments-worth of lots) written to a temporary folder.</summary>
[MemoryDiagnoser]
[GcServer(true)] // as the clausier executable runs (see Program.cs)
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BatchBenchmarks
{
    private BatchManifest _manifest = null!;
    private AnnexGenerator _generator = null!;
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "clausier-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var lots = string.Join("\n", Enumerable.Range(1, 10).Select(n =>
            $"        - {{ number: \"{n}\", title: Lot {n}, segment: {(n % 2 == 0 ? "saas" : "biomedical")} }}"));
        var entries = string.Join("\n", Enumerable.Range(1, 100).Select(i =>
            $"  - tender:\n      reference: BENCH-{i:000}\n      subject: Consultation {i}\n      buyer: {{ name: CH {i} }}\n      lots:\n{lots}"));
        var path = Path.Combine(_folder, "batch.yml");
        File.WriteAllText(path, "tenders:\n" + entries + "\n");
        _manifest = BatchManifestReader.Read(path);
        _generator = new AnnexGenerator(CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!,
            TemplateSet.Load(BuiltIn.TemplateFolder).Value!, WordOptions.Default, TemplateLimits.Default);
        if (_manifest.Items.Count != 1000)
        {
            throw new InvalidOperationException($"expected 1000 items, got {_manifest.Items.Count}: {string.Join("; ", _manifest.Diagnostics)}");
        }
    }

    [Benchmark(Description = "Batch of 1,000 annexes, all cores")]
    public int ThousandAnnexes() =>
        new BatchRunner(_generator, Guid.NewGuid().ToString(), BatchOptions.Default with { Force = true })
            .Run(_manifest, Path.Combine(_folder, "out")).Count(BatchItemStatus.Written);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);
}
