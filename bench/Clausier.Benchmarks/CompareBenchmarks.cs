using BenchmarkDotNet.Attributes;
using Clausier.Analysis;
using Clausier.Analysis.Benchmarking;
using Clausier.Analysis.Output;
using Clausier.Forms;

namespace Clausier.Benchmarks;

/// <summary>Comparing 50 candidates on a 150-point annex: the analysis, then the French workbook.</summary>
[MemoryDiagnoser]
[GcServer(true)] // as the clausier executable runs (see Program.cs)
public class CompareBenchmarks
{
    private IReadOnlyList<ParsedAnnex> _candidates = [];

    [GlobalSetup]
    public void Setup() => _candidates = SyntheticCandidates.Create(50);

    [Benchmark(Description = "Compare 50 candidates and write the workbook")]
    public byte[] FiftyCandidates() => ComparisonWorkbook.ToBytes(CandidateComparison.Build(_candidates, force: false).Value!);
}
