using Clausier.Pipeline;

namespace Clausier.Templating.Tests;

public class AnnexTemplateTests
{
    private static string MultiLot => Path.Combine(BuiltIn.ExamplesFolder, "tender-multilot.yml");

    [Fact]
    public void Example_tender_renders_to_the_committed_markdown()
    {
        var markdown = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(BuiltIn.ExampleTender));

        Assert.Empty(markdown.Diagnostics);
        GoldenText.AssertMatches(markdown.Value!, "example-tender.annex.md");
    }

    [Fact]
    public void Every_selected_point_gets_a_heading_a_locked_clause_and_an_answer_table()
    {
        var selection = TemplateFixture.Selection(MultiLot, "1");
        var markdown = TemplateFixture.Render(BuiltIn.TemplateFolder, selection).Value!;

        foreach (var point in selection.Points)
        {
            Assert.Contains($"#### {point.Id} ", markdown, StringComparison.Ordinal);
            Assert.Contains($"::: clause {point.Id}\n", markdown, StringComparison.Ordinal);
            Assert.Contains($"[[{point.Id}:status ", markdown, StringComparison.Ordinal);
            Assert.Contains($"[[{point.Id}:date]]", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tender_parameters_replace_the_catalogue_defaults()
    {
        var markdown = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(MultiLot, "2")).Value!;

        Assert.Contains("sous 15\u00A0jours", markdown, StringComparison.Ordinal);
        Assert.Contains("au centre hospitalier de Saint-Aubin", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("à le centre", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_lists_what_the_lot_changes_from_the_published_referentiel()
    {
        var lot1 = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(MultiLot, "1")).Value!;
        var lot2 = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(MultiLot, "2")).Value!;
        var appendix1 = lot1[lot1.IndexOf("# Points retirés ou adaptés", StringComparison.Ordinal)..];
        var appendix2 = lot2[lot2.IndexOf("# Points retirés ou adaptés", StringComparison.Ordinal)..];

        Assert.Contains("| O-10.2 | Authentification WPA2-Entreprise, 802.1X et RADIUS | ce lot | Les scanners", appendix1, StringComparison.Ordinal);
        Assert.Contains("| 1\u00A0mois | 15\u00A0jours | exigence renforcée |", appendix1, StringComparison.Ordinal);
        Assert.DoesNotContain("O-10.2", appendix2, StringComparison.Ordinal);
        Assert.Contains("- O-4.1 Synchronisation du cycle de vie des utilisateurs", appendix2, StringComparison.Ordinal);
    }

    [Fact]
    public void The_appendix_says_so_when_the_annex_keeps_the_referentiel_unchanged()
    {
        var markdown = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(BuiltIn.ExampleTender)).Value!;

        Assert.Contains("Elle n'en retire aucun point et n'en adapte aucune valeur.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Partiel_is_offered_only_when_the_tender_allows_it()
    {
        var single = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(BuiltIn.ExampleTender)).Value!;
        var multi = TemplateFixture.Render(BuiltIn.TemplateFolder, TemplateFixture.Selection(MultiLot, "3")).Value!;

        Assert.DoesNotContain("Partiel", single, StringComparison.Ordinal);
        Assert.Contains("Oui|Non|Partiel", multi, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_at_its_position_inside_an_include()
    {
        var folder = TemplateFixture.CopyBuiltIn();
        try
        {
            var file = Path.Combine(folder, "_instructions.sbn-md");
            File.WriteAllText(file, "Texte\n\nSegment : {{ segmnt.label }}\n");

            var result = TemplateFixture.Render(folder, TemplateFixture.Selection(BuiltIn.ExampleTender));

            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(TemplateDiagnosticIds.Runtime, error.Id);
            Assert.EndsWith("_instructions.sbn-md(3,14)", error.Location!.ToString(), StringComparison.Ordinal);
            Assert.Null(result.Value);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_position_before_rendering()
    {
        var folder = TemplateFixture.CopyBuiltIn();
        try
        {
            File.WriteAllText(Path.Combine(folder, "_candidat.sbn-md"), "ligne 1\n{{ for f in candidate_fields }}\nsans fin\n");

            var set = TemplateSet.Load(folder);

            Assert.Null(set.Value);
            Assert.Contains(set.Diagnostics, d => d.Id == TemplateDiagnosticIds.Syntax && d.Location!.ToString().Contains("_candidat.sbn-md(", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Templates_cannot_reach_dotnet_objects_or_run_forever()
    {
        var folder = TemplateFixture.CopyBuiltIn();
        try
        {
            File.WriteAllText(Path.Combine(folder, "_candidat.sbn-md"), "{{ x = 0; while true; x = x + 1; end }}\n");

            var result = TemplateFixture.Render(folder, TemplateFixture.Selection(BuiltIn.ExampleTender), TemplateLimits.Default with { TimeLimit = TimeSpan.FromSeconds(2) });

            Assert.Null(result.Value);
            Assert.Contains(result.Diagnostics, d => d.Id is TemplateDiagnosticIds.Limit or TemplateDiagnosticIds.Timeout);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Buyer_text_is_escaped_for_markdown()
    {
        Assert.Equal(@"CH \*Saint\* \[Nord\] \| \#1", Model.MarkdownText.Escape("CH *Saint* [Nord] | #1"));
    }
}
