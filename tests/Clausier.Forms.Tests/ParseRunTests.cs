using System.Text;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

public sealed class ParseRunTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Files_read_in_parallel_come_back_in_the_order_given_with_the_same_results_as_one_by_one()
    {
        var complete = Filling.FilledAnnex().Save();
        var incomplete = Filling.FilledAnnex(new Dictionary<string, PointFill>(Filling.Complete) { ["O-7.2"] = new() }).Save();
        var paths = Enumerable.Range(0, 24).Select(i => (i % 3) switch
        {
            0 => _temp.Write($"offre-{i:D2}.docx", complete),
            1 => _temp.Write($"offre-{i:D2}.docx", incomplete),
            _ => _temp.Write($"offre-{i:D2}.docx", Encoding.UTF8.GetBytes("pas un docx")),
        }).ToList();
        var reader = new AnnexReader();

        var parallel = ParseRun.Read(reader, paths, maxParallelism: 4);
        var sequential = ParseRun.Read(reader, paths, maxParallelism: 1);

        Assert.Equal(paths, parallel.Files.Select(f => f.File));
        Assert.Equal(Summary(sequential), Summary(parallel));
        Assert.Equal(sequential.ExitCode, parallel.ExitCode);
    }

    [Fact]
    public void Order_is_kept_by_the_parallel_map_whatever_finishes_first()
    {
        var items = Enumerable.Range(0, 50).ToList();

        var results = InOrder.Map(items, i =>
        {
            Thread.Sleep((50 - i) % 7);
            return i * 2;
        }, maxParallelism: 8);

        Assert.Equal(items.Select(i => i * 2), results);
    }

    private static List<string> Summary(ParseRun run) =>
        [.. run.Files.Select(f => $"{f.File}|{f.Readable}|{f.Answers.Count}|{string.Join(",", f.Problems.Select(p => p.Code + p.PointId + p.Message))}")];
}
