using Clausier.Core.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>Styles, fonts, numbering and page setup taken from a reference DOCX, pandoc-style.</summary>
public class ReferenceDocxTests
{
    private const string Markdown = "# Titre\n\nTexte.\n\n- un\n- deux\n\n::: answers O-1.1\n| O-1.1 | Titre |\n|---|---|\n| Réponse | [[O-1.1:status]] |\n:::\n";

    [Fact]
    public void Heading_style_of_the_reference_is_used_by_name_whatever_its_id()
    {
        var result = Annexes.Write(Markdown, options: WordOptions.Default with { ReferenceDocx = Reference() });
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var main = package.MainDocumentPart!;

        var heading = main.Document!.Body!.Elements<Paragraph>().First();
        Assert.Equal("Titre1", heading.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Titre1");
        Assert.Equal("Georgia", style.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.DoesNotContain(main.StyleDefinitionsPart.Styles.Elements<Style>(), s => s.StyleId == "Heading1");
    }

    [Fact]
    public void Styles_the_reference_lacks_are_added_with_a_warning()
    {
        var result = Annexes.Write(Markdown, options: WordOptions.Default with { ReferenceDocx = Reference() });
        using var package = Annexes.Open(Annexes.ValidDocx(result));

        var warnings = result.Diagnostics.Where(d => d.Id == WordDiagnosticIds.ReferenceStyleMissing).ToList();
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Message.Contains("'Clausier Answer Table'", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("'heading 1'", StringComparison.Ordinal));
        var names = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleName!.Val!.Value).ToList();
        Assert.Contains("Clausier Answer Table", names);
        Assert.Contains("List Paragraph", names);
    }

    [Fact]
    public void A_reference_made_from_an_annex_lacks_no_style()
    {
        var own = Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest()).Docx!;

        var result = Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest(), WordOptions.Default with { ReferenceDocx = own });

        Annexes.ValidDocx(result);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Page_setup_and_numbering_of_the_reference_are_kept()
    {
        var result = Annexes.Write(Markdown, options: WordOptions.Default with { ReferenceDocx = Reference() });
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var main = package.MainDocumentPart!;

        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(12240u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal("9360", main.Document.Body.Descendants<TableWidth>().Single().Width!.Value);
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        Assert.Contains(numbering.Elements<NumberingInstance>(), n => n.NumberID!.Value == 1 && n.AbstractNumId!.Val!.Value == 0);
        var ours = main.Document.Body.Descendants<NumberingId>().Select(n => n.Val!.Value).Distinct().Single();
        Assert.True(ours > 1);
        Assert.Equal(2, numbering.Elements<AbstractNum>().Count());
    }

    [Fact]
    public void An_unreadable_reference_is_an_error_and_no_docx()
    {
        var result = Annexes.Write(Markdown, options: WordOptions.Default with { ReferenceDocx = "pas un docx"u8.ToArray(), ReferenceDocxName = "charte.docx" });

        Assert.Null(result.Docx);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(WordDiagnosticIds.ReferenceUnreadable, diagnostic.Id);
        Assert.Equal(new FileLocation("charte.docx"), diagnostic.Location);
    }

    /// <summary>A US Letter reference whose "heading 1" is called Titre1 and set in Georgia, with one list definition of its own.</summary>
    private static byte[] Reference()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Modèle"))),
                new SectionProperties(
                    new PageSize { Width = 12240, Height = 15840 },
                    new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 720, Footer = 720, Gutter = 0 })));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(
                    new StyleName { Val = "heading 1" },
                    new BasedOn { Val = "Normal" },
                    new StyleRunProperties(new RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }, new FontSize { Val = "36" }))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "Titre1",
                });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        }

        return stream.ToArray();
    }
}
