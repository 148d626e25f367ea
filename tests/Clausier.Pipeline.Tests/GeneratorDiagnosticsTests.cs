using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Pipeline.Tests;

/// <summary>Diagnostics of a generation name a file the user can open, once per problem.</summary>
public sealed class GeneratorDiagnosticsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clausier-templates-" + Guid.NewGuid().ToString("N"));

    public GeneratorDiagnosticsTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(BuiltIn.TemplateFolder))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    private IReadOnlyList<Diagnostic> Generate(string instructionsAddition)
    {
        File.AppendAllText(Path.Combine(_folder, "_instructions.sbn-md"), instructionsAddition);
        var generator = new AnnexGenerator(
            CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!,
            TemplateSet.Load(_folder).Value!,
            WordOptions.Default,
            TemplateLimits.Default);
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        return generator.Generate(tender, tender.Lots[0]).Diagnostics;
    }

    [Fact]
    public void A_footnote_in_template_output_is_reported_once_per_place()
    {
        var footnotes = Generate("\nTexte[^1].\n\n[^1]: Une note.\n")
            .Where(d => d.Id == WordDiagnosticIds.Footnote)
            .Select(d => d.ToString())
            .ToList();

        Assert.Equal(2, footnotes.Count);
        Assert.Equal(footnotes.Distinct(), footnotes);
    }

    [Fact]
    public void Word_diagnostics_name_the_main_template_file()
    {
        var location = Generate("\n<b>gras</b>\n").First(d => d.Id == WordDiagnosticIds.RawHtml).Location!.ToString()!;

        Assert.StartsWith(Path.Combine(_folder, TemplateSet.MainFile) + "(", location, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
