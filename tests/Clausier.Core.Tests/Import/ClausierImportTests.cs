using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Model;

namespace Clausier.Core.Tests.Import;

/// <summary>The published clausier (CISO Assistant format, skipped when the référentiel is absent) imported into the catalogue model.</summary>
public class ClausierImportTests
{
    private static readonly Lazy<Result<Catalogue>> Imported = new(() => CisoAssistantImporter.Load(ReferenceLibraries.Clausier));

    private static Catalogue Catalogue => Imported.Value.Value!;

    [SkippableFact]
    public void Imports_without_errors()
    {
        Assert.DoesNotContain(Imported.Value.Diagnostics, d => d.IsError);
        Assert.NotNull(Imported.Value.Value);
    }

    [SkippableFact]
    public void Imports_the_118_published_point_ids_in_published_order()
    {
        var published = PublishedClausier.Points().Select(p => p.Id).ToList();

        Assert.Equal(118, published.Count);
        Assert.Equal(published, Catalogue.AllPoints().Select(p => p.Id).ToList());
    }

    [SkippableFact]
    public void Infers_the_published_answer_types()
    {
        var counts = Catalogue.AllPoints().GroupBy(p => p.AnswerType).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(52, counts[AnswerType.YesNo]);
        Assert.Equal(7, counts[AnswerType.YesNoNotApplicable]);
        Assert.Equal(51, counts[AnswerType.Description]);
        Assert.Equal(2, counts[AnswerType.DescriptionOrNotApplicable]);
        Assert.Equal(6, counts[AnswerType.None]);
        var ours = Catalogue.AllPoints().ToDictionary(p => p.Id, p => p.AnswerType);
        Assert.All(PublishedClausier.Points(), p => Assert.Equal(p.Type, ours[p.Id]));
    }

    [SkippableFact]
    public void Assessable_node_without_ref_id_that_heads_points_becomes_a_group_with_a_warning()
    {
        var node = ReferenceLibraries.Nodes(ReferenceLibraries.Clausier).Single(n => n["urn"].EndsWith(":node109", StringComparison.Ordinal));
        Assert.Equal("true", node["assessable"]);
        Assert.False(node.ContainsKey("ref_id"));

        var hosted = Catalogue.AllSections().Single(s => s.Number == "12.3");
        Assert.Equal(["O-12.3.1", "O-12.3.2", "O-12.3.3", "O-12.3.4"], hosted.Points.Where(p => p.Group == node["name"]).Select(p => p.Id));
        Assert.Equal(6, hosted.Points.Select(p => p.Group).Distinct().Count());
        var warning = Assert.Single(Imported.Value.Diagnostics, d => d.Id == DiagnosticIds.ImportAssessableWithChildren);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(1329, ((TextLocation)warning.Location!).Line);
        Assert.DoesNotContain(Imported.Value.Diagnostics, d => d.Id == DiagnosticIds.ImportSyntheticId);
    }

    [SkippableFact]
    public void Keeps_identity_copyright_and_provenance()
    {
        Assert.Equal("clausier-sante-v2", Catalogue.Id);
        Assert.Equal("Clausier Sécurité Santé v2024", Catalogue.Name);
        Assert.Equal("1", Catalogue.Version);
        Assert.Equal("2024", Catalogue.Edition);
        Assert.Equal("Club RSSI Santé - 14/05/2024", Catalogue.Copyright);
        Assert.Contains("urn:ackwa:risk:library:clausier-sante-v2", Catalogue.Source, StringComparison.Ordinal);
        Assert.Contains("Club RSSI Santé", Catalogue.Source, StringComparison.Ordinal);
        Assert.All(Catalogue.AllPoints(), p => Assert.Equal(2024, p.Edition));
        Assert.Empty(Catalogue.Parameters);
    }

    [SkippableFact]
    public void Every_point_applies_to_all_segments_with_one_warning()
    {
        Assert.All(Catalogue.AllPoints(), p => Assert.Equal([Segment.All], p.Segments));
        var warning = Assert.Single(Imported.Value.Diagnostics, d => d.Id == DiagnosticIds.ImportSegmentsDefaulted);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [SkippableFact]
    public void Keeps_the_section_tree_of_the_published_clausier()
    {
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Catalogue.Sections.Select(s => s.Number));
        Assert.Equal("Exigences spécifiques sur la sous-traitance", Catalogue.Sections[1].Title);
        Assert.Equal(["9.1"], Catalogue.Sections[8].Subsections.Select(s => s.Number));
        Assert.Equal(10, Catalogue.AllSections().Single(s => s.Number == "12.2").Subsections.Count);
    }

    [SkippableFact]
    public void Uses_the_name_as_title_and_derives_one_from_the_text_otherwise()
    {
        Assert.Equal("Nature du traitement de données à caractère personnel", Catalogue.FindPoint("O-2.1")!.Title);
        var derived = Catalogue.FindPoint("O-1.1")!.Title;
        Assert.StartsWith("Le titulaire désigne parmi son personnel", derived, StringComparison.Ordinal);
        Assert.EndsWith("…", derived, StringComparison.Ordinal);
        Assert.True(derived.Length <= 72, derived);
        Assert.All(Catalogue.AllPoints(), p => Assert.False(string.IsNullOrWhiteSpace(p.Title), p.Id));
    }

    [SkippableFact]
    public void Turns_bullet_characters_and_line_breaks_into_lists_and_paragraphs()
    {
        var body = Catalogue.FindPoint("O-1.1")!.Body;

        Assert.Contains(":\n\n- l’interlocuteur privilégié de l’établissement pour toutes les questions relatives à la sécurité de la prestation", body, StringComparison.Ordinal);
        Assert.Contains("\n- chargé du maintien", body, StringComparison.Ordinal);
        Assert.Contains("dans le contrat.\n\nTout remplacement", body, StringComparison.Ordinal);
        Assert.DoesNotContain("•", body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Repairs_pdf_hyphenation_and_reports_each_repair()
    {
        Assert.Contains("protection des personnes physiques", Catalogue.FindPoint("O-2.1")!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalogue.AllPoints(), p => p.Body.Contains("per- sonnes", StringComparison.Ordinal));
        var repairs = Imported.Value.Diagnostics.Where(d => d.Id == DiagnosticIds.ImportHyphenationRepaired).ToList();
        Assert.All(repairs, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(repairs, d => d.Message.StartsWith("Point O-2.1: 'per- sonnes' repaired as 'personnes'", StringComparison.Ordinal));
        Assert.Contains(repairs, d => d.Message.Contains("'fi- nalités' repaired as 'finalités'", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Keeps_the_evidence_in_words_and_drops_the_answer_column_from_it()
    {
        Assert.Equal("liste des logiciels ; liste des dépendances ; documentation fournie", Catalogue.FindPoint("O-3.1")!.Evidence);
        Assert.Equal("Mécanismes de protection de la donnée", Catalogue.FindPoint("O-9.6")!.Evidence);
        Assert.Null(Catalogue.FindPoint("O-2.7")!.Evidence);
        Assert.Null(Catalogue.FindPoint("O-2.1")!.Evidence);
    }
}
