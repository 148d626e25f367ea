using Clausier.Analysis.Output;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis.Tests;

/// <summary>Generated annexes, filled by three candidates, read back and compared.</summary>
public class EndToEndTests
{
    /// <summary>Everything required answered: status points Oui, description points described.</summary>
    private static Dictionary<string, Fill> Compliant(Core.Annex.AnnexManifest manifest) =>
        manifest.Points.ToDictionary(
            p => p.Id,
            p => p.StatusRequired ? new Fill(AnswerStatus.Oui) : new Fill(null, p.AnswerRequired ? $"Réponse au point {p.Id}." : null));

    [Fact]
    public void Three_filled_annexes_are_counted_rated_and_listed_from_their_controls()
    {
        var (docx, manifest) = RealAnnex.Generate();
        var statusPoints = manifest.Points.Where(p => p.StatusRequired).ToList();
        Assert.True(statusPoints.Count >= 4, "the SaaS annex asks a status for several points");

        var alpha = Compliant(manifest);
        var beta = Compliant(manifest);
        beta[statusPoints[0].Id] = new Fill(AnswerStatus.Non, "Non prévu au contrat de l'éditeur.");
        beta[statusPoints[1].Id] = new Fill(AnswerStatus.Non, "Hors périmètre du service.");
        var gamma = Compliant(manifest);
        gamma.Remove(statusPoints[2].Id);
        gamma.Remove(statusPoints[3].Id);

        var annexes = new[]
        {
            RealAnnex.Read(RealAnnex.Fill(docx, "Alpha SAS", alpha), "alpha.docx"),
            RealAnnex.Read(RealAnnex.Fill(docx, "Beta Informatique", beta, alterClauseOf: statusPoints[4 % statusPoints.Count].Id), "beta.docx"),
            RealAnnex.Read(RealAnnex.Fill(docx, "Gamma", gamma), "gamma.docx"),
        };
        Assert.All(annexes, a => Assert.True(a.Readable));

        var comparison = CandidateComparison.Build(annexes, force: false).Value!;

        var n = statusPoints.Count;
        Assert.Equal(["Alpha SAS", "Beta Informatique", "Gamma"], comparison.Candidates.Select(c => c.Name));
        Assert.Equal(new StatusCounts(n, 0, 0, 0, 0), comparison.Candidates[0].Counts);
        Assert.Equal(new StatusCounts(n - 2, 2, 0, 0, 0), comparison.Candidates[1].Counts);
        Assert.Equal(new StatusCounts(n - 2, 0, 0, 0, 2), comparison.Candidates[2].Counts);
        Assert.Equal(new ComplianceRate(null, n, n - 2), comparison.Candidates[2].Overall);

        var beta2 = comparison.Candidates[1].Attention;
        Assert.Equal([statusPoints[0].Id, statusPoints[1].Id], beta2.Where(a => a.Kind == AttentionKind.Non).Select(a => a.PointId));
        Assert.Equal("Non prévu au contrat de l'éditeur.", beta2.First(a => a.Kind == AttentionKind.Non).Justification);
        Assert.Equal(statusPoints[4 % n].Id, Assert.Single(beta2, a => a.Kind == AttentionKind.ClauseAltered).PointId);
        Assert.Equal([statusPoints[2].Id, statusPoints[3].Id],
            comparison.Candidates[2].Attention.Where(a => a.Kind == AttentionKind.MissingAnswer).Select(a => a.PointId));

        using var xlsx = new Xlsx(ComparisonWorkbook.ToBytes(comparison));
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal(n - 2.0, xlsx.Number(ComparisonWorkbook.SynthesisSheet, "C8"));
        Assert.Equal(2.0, xlsx.Number(ComparisonWorkbook.SynthesisSheet, "G8"));
        Assert.Equal(1.0, xlsx.Number(ComparisonWorkbook.SynthesisSheet, "H7"));
        Assert.Equal((n - 2.0) / n, xlsx.Number(ComparisonWorkbook.SynthesisSheet, "I8")!.Value, 10);
    }

    [Fact]
    public void Annexes_of_two_consultations_are_refused_unless_forced()
    {
        var (first, manifest) = RealAnnex.Generate("INFO 26-014");
        var (second, _) = RealAnnex.Generate("INFO 26-099");
        var annexes = new[]
        {
            RealAnnex.Read(RealAnnex.Fill(first, "Alpha SAS", Compliant(manifest)), "alpha.docx"),
            RealAnnex.Read(RealAnnex.Fill(second, "Beta Informatique", Compliant(manifest)), "beta.docx"),
        };

        var refused = CandidateComparison.Build(annexes, force: false);
        var forced = CandidateComparison.Build(annexes, force: true);

        Assert.Null(refused.Value);
        Assert.Contains(refused.Diagnostics, d => d.IsError && d.Id == AnalysisDiagnosticIds.DifferentTenders);
        Assert.True(forced.Value!.Forced);
        Assert.Equal(AttentionKind.OtherTender, Assert.Single(forced.Value.Candidates[1].Attention).Kind);
    }

    [Fact]
    public void Files_given_to_compare_may_be_docx_json_or_unreadable()
    {
        using var temp = new Clausier.Testing.TempDir("clausier-compare");
        var (docx, manifest) = RealAnnex.Generate();
        var alpha = temp.Write("alpha.docx", RealAnnex.Fill(docx, "Alpha SAS", Compliant(manifest)));
        var beta = RealAnnex.Fill(docx, "Beta Informatique", Compliant(manifest));
        var json = temp.File("beta.json");
        File.WriteAllText(json, Forms.Output.ParseJsonWriter.ToJson(new ParseRun([RealAnnex.Read(beta, "beta.docx")])));
        var broken = temp.Write("broken.docx", "not a zip"u8.ToArray());

        var annexes = CandidateFiles.Read([alpha, json, broken], new AnnexReader());
        var comparison = CandidateComparison.Build(annexes, force: false).Value!;

        Assert.Equal(["Alpha SAS", "Beta Informatique"], comparison.Candidates.Select(c => c.Name));
        Assert.Equal(comparison.Candidates[0].Counts, comparison.Candidates[1].Counts);
        Assert.Equal(broken, Assert.Single(comparison.Excluded).File);
    }
}
