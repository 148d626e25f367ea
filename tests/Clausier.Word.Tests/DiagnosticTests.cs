using Clausier.Core.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>What the writer cannot render is reported with its Markdown line and column, never dropped silently.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("<div>x</div>\n", WordDiagnosticIds.RawHtml, "annex.md(1,1)")]
    [InlineData("Texte <b>gras</b>.\n", WordDiagnosticIds.RawHtml, "annex.md(1,7)")]
    [InlineData("Voir :\n\n![logo](logo.png)\n", WordDiagnosticIds.Image, "annex.md(3,1)")]
    [InlineData("Intro.\n\n::: warning\nTexte.\n:::\n", WordDiagnosticIds.UnknownContainer, "annex.md(3,1)")]
    [InlineData("| a | b |\n|---|---|\n| x | [[O-1.1:colour]] |\n", WordDiagnosticIds.UnknownField, "annex.md(3,7)")]
    [InlineData("| a | b |\n|---|---|\n| x | [[candidate:fax]] |\n", WordDiagnosticIds.UnknownField, "annex.md(3,7)")]
    [InlineData("Répondre ici : [[O-1.1:status]]\n", WordDiagnosticIds.FieldOutsideTable, "annex.md(1,16)")]
    [InlineData("Texte[^1].\n\n[^1]: Une note.\n", WordDiagnosticIds.Footnote, "annex.md(1,6)")]
    [InlineData("Un ::mot:: encadré.\n", WordDiagnosticIds.UnsupportedConstruct, "annex.md(1,4)")]
    [InlineData("Texte.\n\n    code indenté\n", WordDiagnosticIds.UnsupportedConstruct, "annex.md(3,1)")]
    [InlineData("| a | b |\n|---|---|\n| x | [[O-1.1:answer Oui]] |\n", WordDiagnosticIds.ItemsNotAllowed, "annex.md(3,7)")]
    [InlineData("Avant\u0001après\n", WordDiagnosticIds.InvalidXmlCharacter, "annex.md(1,6)")]
    [InlineData("::: answers O-1.1\nTexte.\n:::\n", WordDiagnosticIds.MalformedAnswerTable, "annex.md(1,1)")]
    [InlineData("::: answers O-1.1\n| O-1.2 | Titre |\n|---|---|\n| Réponse | [[O-1.1:status]] |\n:::\n", WordDiagnosticIds.MalformedAnswerTable, "annex.md(2,1)")]
    [InlineData("::: clause\nTexte.\n:::\n", WordDiagnosticIds.MissingPointId, "annex.md(1,1)")]
    [InlineData("---\ntitle: [un, deux]\n---\n\nTexte.\n", WordDiagnosticIds.InvalidFrontMatter, "annex.md(2,1)")]
    public void Unsupported_input_is_reported_at_its_markdown_position(string markdown, string id, string where)
    {
        var result = Annexes.Write(markdown, Annexes.Manifest());

        Annexes.ValidDocx(result);
        var diagnostic = result.Diagnostics.First(d => d.Id == id);
        Assert.Equal(where, diagnostic.Location?.ToString());
    }

    [Fact]
    public void Footnote_message_quotes_the_footnote_as_written()
    {
        var result = Annexes.Write("Texte[^1].\n\n[^1]: Une note.\n", Annexes.Manifest());

        var messages = result.Diagnostics.Where(d => d.Id == WordDiagnosticIds.Footnote).Select(d => d.Message).ToList();
        Assert.Contains(messages, m => m.Contains("footnote [^1] is not supported", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("[^^", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_xml_character_is_removed_from_the_text()
    {
        var body = Annexes.Body("Avant\u0001après\uFFFE.\n");

        Assert.Equal("Avantaprès.", body.Elements<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void Text_keeps_its_spaces()
    {
        var text = Annexes.Body("Un *mot* suivi.\n").Descendants<Text>().First();

        Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, text.Space!.Value);
    }

    [Fact]
    public void Duplicate_field_is_reported_and_rendered_once()
    {
        var result = Annexes.Write("| a | b |\n|---|---|\n| x | [[O-1.1:status]] |\n| y | [[O-1.1:status]] |\n");

        Assert.Single(result.Diagnostics, d => d.Id == WordDiagnosticIds.DuplicateField);
        Assert.Single(Annexes.BodyOf(Annexes.ValidDocx(result)).Descendants<SdtRun>());
    }

    [Fact]
    public void Unknown_container_keeps_its_content()
    {
        var result = Annexes.Write("::: warning\nÀ lire.\n:::\n");

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics).Severity);
        Assert.Equal("À lire.", Annexes.BodyOf(Annexes.ValidDocx(result)).Elements<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void Field_of_a_point_missing_from_the_manifest_is_a_warning()
    {
        var result = Annexes.Write("| a | b |\n|---|---|\n| x | [[O-9.9:status]] |\n", Annexes.Manifest());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((WordDiagnosticIds.PointNotInManifest, DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
    }
}
