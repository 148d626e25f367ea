using Clausier.Core.Diagnostics;
using Clausier.Core.Linting;
using Clausier.Core.Loading;
using Clausier.Core.Model;

namespace Clausier.Core.Tests;

public class LintAnswerTypeTests
{
    private static readonly Catalogue Catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    [Fact]
    public void A_point_asking_the_candidate_to_describe_while_answered_Aucune_is_flagged()
    {
        var point = Catalogue.FindPoint("O-2.1")!;
        var changed = Catalogue with
        {
            Sections = [.. Catalogue.Sections.Select(s => s.Number == "2"
                ? s with { Points = [.. s.Points.Select(p => p.Id == "O-2.1" ? p with { AnswerType = AnswerType.None } : p)] }
                : s)],
        };

        var flagged = Assert.Single(CatalogueLinter.Lint(changed), d => d.Id == DiagnosticIds.AnswerTypeAsksNothing);
        Assert.Contains("O-2.1", flagged.Message, StringComparison.Ordinal);
        Assert.Contains("Le candidat décrit", flagged.Message, StringComparison.Ordinal);
        Assert.True(((TextLocation)flagged.Location!).Line > ((TextLocation)point.Location!).Line);
    }

    [Fact]
    public void Evidence_expected_from_a_point_answered_Aucune_is_flagged_too()
    {
        var changed = Catalogue with
        {
            Sections = [.. Catalogue.Sections.Select(s => s.Number == "2"
                ? s with { Points = [.. s.Points.Select(p => p.Id == "O-2.6" ? p with { Evidence = "Extrait du registre." } : p)] }
                : s)],
        };

        Assert.Contains(CatalogueLinter.Lint(changed), d => d.Id == DiagnosticIds.AnswerTypeAsksNothing && d.Message.Contains("O-2.6", StringComparison.Ordinal));
    }

    [Fact]
    public void The_built_in_catalogue_lints_clean_of_the_rule()
    {
        Assert.DoesNotContain(CatalogueLinter.Lint(Catalogue), d => d.Id == DiagnosticIds.AnswerTypeAsksNothing);
    }
}
