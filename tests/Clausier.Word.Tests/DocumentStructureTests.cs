using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>Cover, table of contents, answer tables, header, footer, settings and properties.</summary>
public class DocumentStructureTests
{
    private const string Front = "---\ntitle: Annexe sécurité\nsubject: INFO 26-014\nheader: CHU de Montfleury\nfooter: Annexe lot 1\n---\n\n";

    [Fact]
    public void Cover_headings_are_title_and_subtitle_and_its_section_has_no_header_or_footer()
    {
        var body = Annexes.Body(Front + "::: cover\n# Annexe\n\n## Lot 1\n:::\n\n# Corps\n");

        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Equal("Title", MarkdownConstructTests.StyleOf(paragraphs[0]));
        Assert.Equal("Subtitle", MarkdownConstructTests.StyleOf(paragraphs[1]));
        var coverSection = paragraphs[2].ParagraphProperties!.SectionProperties!;
        Assert.Empty(coverSection.Elements<HeaderReference>());
        Assert.Empty(coverSection.Elements<FooterReference>());
        var bodySection = body.Elements<SectionProperties>().Single();
        Assert.Single(bodySection.Elements<HeaderReference>());
        Assert.Single(bodySection.Elements<FooterReference>());
        Assert.Equal(11906u, bodySection.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1134u, bodySection.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void Toc_container_writes_entries_linked_to_heading_bookmarks_with_their_page_numbers()
    {
        var result = Annexes.Write("::: toc\n:::\n\n# Un\n\n## Un point un\n\n### Pas listé\n\n# Deux\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var body = package.MainDocumentPart!.Document!.Body!;

        Assert.Equal("Sommaire", body.Elements<Paragraph>().First().InnerText);
        var entries = body.Elements<Paragraph>().Where(p => MarkdownConstructTests.StyleOf(p) is "TOC1" or "TOC2").ToList();
        Assert.Equal(["Un", "Un point un", "Deux"], entries.Select(e => string.Concat(e.Descendants<Text>().Select(t => t.Text))));
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToList();
        Assert.Equal(bookmarks, entries.Select(e => e.Descendants<Hyperlink>().Single().Anchor!.Value));
        Assert.Equal(bookmarks.Select(b => $"PAGEREF {b}"), body.Descendants<FieldCode>().Select(c => c.Text.Trim()));
        Assert.Equal(
            Enumerable.Repeat(new[] { FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End }, 3).SelectMany(c => c),
            body.Descendants<FieldChar>().Select(c => c.FieldCharType!.Value));
        Assert.True(package.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void Answer_table_rows_are_kept_together_with_a_shaded_label_column()
    {
        const string Markdown = "::: answers O-7.2\n| O-7.2 | Correctifs |\n|---|---|\n| Réponse | [[O-7.2:status]] |\n| Description / justification | [[O-7.2:answer]] |\n:::\n";
        var table = Annexes.Body(Markdown).Elements<Table>().Single();

        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal("ClausierAnswerTable", properties.TableStyle!.Val!.Value);
        Assert.True(properties.TableLook!.FirstColumn!.Value);
        Assert.Equal("2552", table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().First().Width!.Value);
        var rows = table.Elements<TableRow>().ToList();
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.All(rows.SkipLast(1).SelectMany(r => r.Descendants<Paragraph>()), p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
        Assert.All(rows[^1].Descendants<Paragraph>(), p => Assert.Null(p.ParagraphProperties?.KeepNext));
        Assert.Equal(["O-7.2", "Correctifs"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Header_shows_the_front_matter_text_and_footer_shows_page_x_of_y()
    {
        var result = Annexes.Write(Front + "Texte.\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var main = package.MainDocumentPart!;

        Assert.Equal("CHU de Montfleury", main.HeaderParts.Single().Header!.InnerText);
        var footer = main.FooterParts.Single().Footer!;
        Assert.StartsWith("Annexe lot 1", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Fact]
    public void Core_properties_carry_title_subject_creator_language_and_the_fixed_timestamp()
    {
        var options = WordOptions.Default with { Timestamp = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero) };
        var result = Annexes.Write(Front + "Texte.\n", options: options);
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        using var stream = package.CoreFilePropertiesPart!.GetStream();
        var core = XDocument.Load(stream).Root!;

        string Value(string name) => core.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("Annexe sécurité", Value("title"));
        Assert.Equal("INFO 26-014", Value("subject"));
        Assert.Equal("Clausier.Docs", Value("creator"));
        Assert.Equal("fr-FR", Value("language"));
        Assert.Equal("2025-03-04T05:06:07Z", Value("created"));
        Assert.Equal("2025-03-04T05:06:07Z", Value("modified"));
    }
}
