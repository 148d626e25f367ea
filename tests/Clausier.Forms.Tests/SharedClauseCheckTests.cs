using Clausier.Core.Forms;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>
/// Clause checks are shared between a pool thread and the reading thread: whichever thread hashes which
/// clause (the reading thread hashes them all when every core is busy), the problems are the same.
/// </summary>
public class SharedClauseCheckTests
{
    [Fact]
    public void Altered_clauses_give_the_same_problems_on_every_read_alone_or_in_a_busy_batch()
    {
        var package = Filling.FilledAnnex();
        foreach (var point in new[] { "O-1.1", "O-7.2" })
        {
            W.Control(package.Document, FormContract.ClauseTag(point)).Descendants(W.N("t")).First().Value = "Texte remplacé.";
        }

        var docx = package.Save();
        using var temp = new TempFolder();
        var paths = Enumerable.Range(1, 3 * Environment.ProcessorCount).Select(i => temp.Write($"offre-{i}.docx", docx)).ToList();
        var reader = new AnnexReader();
        var expected = Describe(reader.Read(paths[0]));

        var alone = Enumerable.Range(0, 20).Select(_ => Describe(reader.Read(paths[0])));
        var batch = ParseRun.Read(reader, paths).Files.Select(Describe);

        Assert.Equal(2, expected.Count(p => p.StartsWith(ProblemCodes.ClauseAltered, StringComparison.Ordinal)));
        Assert.All(alone.Concat(batch), problems => Assert.Equal(expected, problems));
    }

    [Fact]
    public void Clauses_found_by_their_control_and_by_position_are_reported_in_manifest_order()
    {
        var package = Filling.FilledAnnex();
        var byPosition = W.Control(package.Document, FormContract.ClauseTag("O-7.2"));
        byPosition.Descendants(W.N("t")).First().Value = "Texte remplacé, clause lue d'après sa position.";
        byPosition.Descendants(W.N("tag")).Single().Remove();
        W.Control(package.Document, FormContract.ClauseTag("O-1.1")).Descendants(W.N("t")).First().Value = "Texte remplacé.";
        var docx = package.Save();

        var reads = Enumerable.Range(0, 20).Select(_ => Parse.Bytes(docx)).ToList();

        var altered = reads[0].Problems.Where(p => p.Code == ProblemCodes.ClauseAltered).Select(p => p.PointId).ToList();
        Assert.Equal(["O-1.1", "O-7.2"], altered);
        Assert.All(reads, parsed => Assert.Equal(Describe(reads[0]), Describe(parsed)));
    }

    private static List<string> Describe(ParsedAnnex parsed) =>
        [.. parsed.Problems.Select(p => $"{p.Code} {p.PointId} {p.Message} | {p.MessageFr}")];
}
