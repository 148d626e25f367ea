using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Forms;

namespace Clausier.Analysis.Tests;

/// <summary>What the pages show first and which files they tie together, decided here so that every page shows it alike.</summary>
public class ReadingOrderTests
{
    [Fact]
    public void Integrity_problems_come_first_and_the_others_keep_the_readers_order()
    {
        var beta = Candidates.Beta();

        var ordered = IntegrityCodes.First(beta.Problems);

        Assert.Equal([ProblemCodes.ClauseAltered, ProblemCodes.DescriptionMissing, ProblemCodes.ExplanationMissing], ordered.Select(p => p.Code));
        Assert.True(IntegrityCodes.Is(ProblemCodes.OtherLot));
        Assert.True(IntegrityCodes.Is(ProblemCodes.RevisionsPending));
        Assert.False(IntegrityCodes.Is(ProblemCodes.Comment));
        Assert.False(IntegrityCodes.Is(ProblemCodes.StatusMissing));
    }

    [Fact]
    public void The_comparison_counts_as_integrity_alerts_exactly_the_codes_the_pages_put_first()
    {
        var comparison = CandidateComparison.Build(Candidates.Three(), force: false).Value!;

        foreach (var (annex, candidate) in Candidates.Three().Zip(comparison.Candidates))
        {
            Assert.Equal(annex.Problems.Count(p => IntegrityCodes.Is(p.Code)), candidate.IntegrityProblems);
        }
    }

    [Fact]
    public void A_finding_about_the_annex_itself_comes_before_routine_ones()
    {
        var gamma = EvaluationTests.Evaluate().Candidates.Single(c => c.Name == "Gamma Cloud");

        var first = gamma.FindingsIntegrityFirst.First();

        Assert.Equal(("O-3.8", RegularityRule.ClauseAltered, true), (first.PointId, first.Kind, first.IsIntegrity));
        Assert.False(gamma.FindingsIntegrityFirst.Last().IsIntegrity);
    }

    [Fact]
    public void Two_files_of_one_candidate_are_tied_to_the_first_by_SIRET_else_by_company()
    {
        var alpha = Candidates.Alpha();
        var beta = Candidates.Beta() with { Candidate = new CandidateInfo("Beta Informatique", "44306184100047", null, null, null) };
        var alphaAgain = Candidates.Gamma() with { File = "alpha-v2.docx" };
        var delta = Candidates.Beta() with { File = "delta.docx", Candidate = new CandidateInfo("Delta", null, null, null, null) };
        var deltaAgain = Candidates.Gamma() with { File = "delta-v2.docx", Candidate = new CandidateInfo("  Delta ", null, null, null, null) };

        var same = SameCandidates.Find([alpha, beta, alphaAgain, delta, deltaAgain, Candidates.Unreadable("alpha-v3.docx")]);

        Assert.Equal([("alpha-v2.docx", "alpha.docx"), ("delta-v2.docx", "delta.docx")], same.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
    }
}
