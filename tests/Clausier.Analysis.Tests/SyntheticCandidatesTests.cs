using System.Diagnostics;
using Clausier.Analysis.Benchmarking;
using Clausier.Analysis.Output;
using Clausier.Analysis.Tests.Fixtures;

namespace Clausier.Analysis.Tests;

public class SyntheticCandidatesTests
{
    [Fact]
    public void Fifty_candidates_compare_and_write_a_valid_workbook_quickly()
    {
        var watch = Stopwatch.StartNew();
        var comparison = SyntheticCandidates.Compare(50);
        var bytes = ComparisonWorkbook.ToBytes(comparison);
        watch.Stop();

        Assert.Equal(50, comparison.Candidates.Count);
        Assert.Equal(150, comparison.Points.Count);
        Assert.Equal(16, comparison.Sections.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        using var xlsx = new Xlsx(bytes);
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal(50, xlsx.Sheet(ComparisonWorkbook.SynthesisSheet).DrawingsPart!.ChartParts.Single().ChartSpace
            .Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().Count());
    }

    [Fact]
    public void Same_seed_gives_the_same_candidates()
    {
        Assert.Equal(ComparisonText.ToJson(SyntheticCandidates.Compare(5, 40, seed: 7)), ComparisonText.ToJson(SyntheticCandidates.Compare(5, 40, seed: 7)));
    }
}
