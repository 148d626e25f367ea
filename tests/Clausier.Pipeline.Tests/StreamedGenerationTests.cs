using Clausier.Core.Annex;
using Clausier.Core.Loading;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Templating;
using Clausier.Word;
using Clausier.Word.Packaging;

namespace Clausier.Pipeline.Tests;

/// <summary>
/// The generator streams the template's Markdown into the Word writer, which parses it while the
/// template runs, and the writer serialises the main document while it renders the body: the annex
/// must be byte for byte the one written from the finished Markdown, whoever serialised the body
/// and when (each block as soon as it is final, or all of it at packaging).
/// </summary>
public sealed class StreamedGenerationTests
{
    [Theory]
    [InlineData("tender.yml", 0, true)]
    [InlineData("tender.yml", 0, false)]
    [InlineData("tender-multilot.yml", 1, false)]
    public void Streamed_and_finished_Markdown_give_the_same_annex(string tenderFile, int lotIndex, bool allSections)
    {
        var catalogue = CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
        var templates = TemplateSet.Load(BuiltIn.TemplateFolder).Value!;
        var tender = TenderReader.ReadFile(Path.Combine(BuiltIn.ExamplesFolder, tenderFile)).Value!;
        if (allSections)
        {
            tender = tender with { Options = tender.Options with { IncludeSections = [.. catalogue.Sections.Select(s => new Located<string>(s.Number, null))] } };
        }

        var lot = tender.Lots[lotIndex];
        var streamed = new AnnexGenerator(catalogue, templates, WordOptions.Default, TemplateLimits.Default).Generate(tender, lot);

        var selection = PointSelector.Select(catalogue, tender, lot).Value!;
        var markdown = new AnnexTemplateRenderer(TemplateLimits.Default).Render(templates, selection).Value!;
        var manifest = ManifestBuilder.From(selection, templates.Name, ToolVersion.Current);
        var finished = new AnnexWordWriter(WordOptions.Default).Write(markdown, templates.MainPath, manifest);

        Assert.Equal(markdown, streamed.Markdown);
        Assert.Equal(finished.Docx, streamed.Docx);
        Assert.Equal(finished.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(finished.Docx, new AnnexWordWriter(WordOptions.Default, StreamingMode.Eager).Write(markdown, templates.MainPath, manifest).Docx);
        Assert.Equal(finished.Docx, new AnnexWordWriter(WordOptions.Default, StreamingMode.AtPackaging).Write(markdown, templates.MainPath, manifest).Docx);

        // As in a batch: nothing handed to other cores.
        var alone = new AnnexGenerator(catalogue, templates, WordOptions.Default with { UseIdleCores = false }, TemplateLimits.Default).Generate(tender, lot);
        Assert.Equal(finished.Docx, alone.Docx);
        Assert.Equal(markdown, alone.Markdown);
    }
}
