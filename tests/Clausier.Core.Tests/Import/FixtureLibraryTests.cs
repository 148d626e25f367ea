using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Model;
using Clausier.Core.Writing;

namespace Clausier.Core.Tests.Import;

/// <summary>
/// Fixtures/small-library.yaml exercises every mapping rule once; the Markdown catalogue written
/// from it and the import diagnostics are golden files in Fixtures/small-library.expected/.
/// </summary>
public class FixtureLibraryTests
{
    private static string Expected => Path.Combine(ReferenceLibraries.Fixtures, "small-library.expected");

    private static Result<Catalogue> Import(ImportOptions? options = null) => CisoAssistantImporter.Load(ReferenceLibraries.SmallLibrary, options);

    [Fact]
    public void Written_markdown_matches_the_golden_files()
    {
        var rendered = CatalogueMarkdownWriter.Render(Import().Value!);

        Assert.Empty(rendered.Diagnostics);
        Directory.CreateDirectory(Expected);
        var names = rendered.Value!.Select(f => f.Name).ToList();
        GoldenText.AssertMatches(string.Join('\n', names) + "\n", Path.Combine(Expected, "files.txt"));
        foreach (var file in rendered.Value!)
        {
            GoldenText.AssertMatches(file.Text, Path.Combine(Expected, file.Name));
        }
    }

    [Fact]
    public void Import_diagnostics_match_the_golden_file()
    {
        var result = Import();
        var actual = string.Join('\n', result.Diagnostics.Select(d => d.ToString().Replace(ReferenceLibraries.SmallLibrary, "small-library.yaml", StringComparison.Ordinal))) + "\n";

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        GoldenText.AssertMatches(actual, Path.Combine(Expected, "diagnostics.txt"));
    }

    [Fact]
    public void Maps_containers_groups_and_leaves()
    {
        var catalogue = Import().Value!;

        Assert.Equal(["1", "2", "3"], catalogue.Sections.Select(s => s.Number));
        Assert.Equal(["O-1.1", "O-1.2", "O-1.3", "O-1.4", "O-2.1", "O-2.2", "O-2.1.1", "O-2.1.2", "O-3.1"], catalogue.AllPoints().Select(p => p.Id));
        Assert.Equal("Exploitation (réf. A)", catalogue.Sections[1].Title);
        Assert.All(catalogue.Sections[1].Points, p => Assert.Equal("Concernant les sauvegardes", p.Group));
        Assert.Equal("Supervision (réf. A.3)", catalogue.FindPoint("O-2.1.1")!.Title);
        Assert.Equal("Les points de cette section s'appliquent aussi aux environnements de test.", catalogue.AllSections().Single(s => s.Number == "2.2").Introduction);
        Assert.Equal("Référentiel d'essai (cadre)", catalogue.Sections[2].Title);
    }

    [Fact]
    public void Node_without_ref_id_gets_a_positional_id_and_a_warning()
    {
        var result = Import();

        var point = result.Value!.FindPoint("O-1.4")!;
        Assert.Equal("Le titulaire conserve les journaux pendant un an.", point.Body);
        Assert.Equal(AnswerType.DescriptionOrNotApplicable, point.AnswerType);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ImportSyntheticId);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("urn:clausier-docs:risk:req_node:fixture-small:no-ref", warning.Message, StringComparison.Ordinal);
        Assert.Contains("O-1.4", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_types_can_be_forced_per_point_id_or_ref_id()
    {
        var options = ImportOptions.Default with
        {
            DefaultAnswerType = AnswerType.YesNoNotApplicable,
            AnswerTypes = new Dictionary<string, AnswerType> { ["O-1.1"] = AnswerType.Description, ["A.2"] = AnswerType.YesNo, ["O-9.9"] = AnswerType.None },
        };

        var result = Import(options);

        Assert.Equal(AnswerType.Description, result.Value!.FindPoint("O-1.1")!.AnswerType);
        Assert.Equal(AnswerType.YesNo, result.Value.FindPoint("O-2.2")!.AnswerType);
        Assert.Equal(AnswerType.YesNoNotApplicable, result.Value.FindPoint("O-2.1")!.AnswerType);
        Assert.Equal(AnswerType.YesNo, result.Value.FindPoint("O-3.1")!.AnswerType);
        var unused = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.ImportUnknownOverride);
        Assert.Contains("'O-9.9'", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_and_edition_can_be_given()
    {
        var result = Import(ImportOptions.Default with { CatalogueId = "essai", Edition = 2031 });

        Assert.Equal("essai", result.Value!.Id);
        Assert.Equal("2031", result.Value.Edition);
        Assert.All(result.Value.AllPoints(), p => Assert.Equal(2031, p.Edition));
    }

    [Fact]
    public void Hyphenation_repair_can_be_turned_off()
    {
        var result = Import(ImportOptions.Default with { RepairHyphenation = false });

        Assert.Contains("l'orga- nisation", result.Value!.FindPoint("O-1.2")!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.ImportHyphenationRepaired);
    }
}
