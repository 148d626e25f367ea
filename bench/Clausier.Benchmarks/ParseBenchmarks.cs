using BenchmarkDotNet.Attributes;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Benchmarks;

/// <summary>
/// Reading returned annexes: one fully answered 118-point annex in memory, and a thousand of them from
/// disk the way <c>clausier parse</c> reads them (<see cref="ParseRun"/>, on every core).
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the clausier executable runs (see Program.cs)
[GcForce(false)] // steady state: no full collection forced between iterations (see Program.cs)
public class ParseBenchmarks
{
    private byte[] _filled = [];
    private readonly AnnexReader _reader = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clausier-parse-bench-" + Guid.NewGuid().ToString("N"));
    private string[] _paths = [];

    /// <summary>
    /// Tiered compilation keeps recompiling the reader for its first several hundred reads, longer than
    /// BenchmarkDotNet's warm-up waits for one read, so its measured iterations kept falling (figures in
    /// docs/performance.md). The target is for the steady state, as for generation (GenerateBenchmarks.WarmUpAnnexes).
    /// </summary>
    private const int WarmUpReads = 1500;

    [GlobalSetup(Target = nameof(ParseOne))]
    public void SetupSteady()
    {
        Setup();
        for (var i = 0; i < WarmUpReads; i++)
        {
            ParseOne();
        }
    }

    [GlobalSetup(Targets = [nameof(ParseThousand), nameof(ParseThousandSequential)])]
    public void Setup()
    {
        var catalogue = CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        var all = catalogue.Sections.Select(s => new Located<string>(s.Number, null)).ToList();
        tender = tender with { Options = tender.Options with { IncludeSections = all } };
        var generator = new AnnexGenerator(catalogue, TemplateSet.Load(BuiltIn.TemplateFolder).Value!, WordOptions.Default, TemplateLimits.Default);
        _filled = AnnexFiller.Fill(generator.Generate(tender, tender.Lots[0]).Docx!);
        Directory.CreateDirectory(_folder);
        _paths = [.. Enumerable.Range(1, 1000).Select(i => Path.Combine(_folder, $"offre-{i:D4}.docx"))];
        foreach (var path in _paths)
        {
            File.WriteAllBytes(path, _filled);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "Parse one answered annex (118 points)")]
    public ParsedAnnex ParseOne() => _reader.Read(new MemoryStream(_filled, writable: false), "annexe.docx");

    [Benchmark(Description = "Parse 1,000 answered annexes", OperationsPerInvoke = 1)]
    public int ParseThousand() => ParseRun.Read(_reader, _paths).Files.Sum(f => f.Answers.Count);

    [Benchmark(Description = "Parse 1,000 answered annexes, one core", OperationsPerInvoke = 1)]
    public int ParseThousandSequential() => ParseRun.Read(_reader, _paths, maxParallelism: 1).Files.Sum(f => f.Answers.Count);
}
