using BenchmarkDotNet.Attributes;
using Clausier.Core.Annex;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Benchmarks;

/// <summary>
/// The main job in-process, whole and by stage, on the built-in catalogue. The "all points" tender
/// includes every section so the annex holds all 118 points.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the clausier executable runs (see Program.cs)
[GcForce(false)] // steady state: no full collection forced between iterations (see Program.cs)
public class GenerateBenchmarks
{
    private Catalogue _catalogue = null!;
    private TemplateSet _templates = null!;
    private Tender _tender = null!;
    private AnnexGenerator _generator = null!;
    private AnnexWordWriter _writer = null!;
    private AnnexSelection _selection = null!;
    private string _markdown = "";
    private AnnexManifest _manifest = null!;

    /// <summary>
    /// Thousands of methods take part in writing an annex; tiered compilation keeps recompiling them for
    /// the first thousand annexes or so, longer than BenchmarkDotNet's warm-up waits for one annex, so
    /// its first measured iterations were far slower than the steady state (docs/performance.md). The
    /// targets are for the steady state (a batch, <c>clausier serve</c>).
    /// </summary>
    private const int WarmUpAnnexes = 1500;

    [GlobalSetup(Targets = [nameof(FullAnnex), nameof(Template), nameof(Word)])]
    public void SetupSteady()
    {
        Setup();
        for (var i = 0; i < WarmUpAnnexes; i++)
        {
            FullAnnex();
        }
    }

    [GlobalSetup(Targets = [nameof(Selection), nameof(LoadCatalogue)])]
    public void Setup()
    {
        _catalogue = CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
        _templates = TemplateSet.Load(BuiltIn.TemplateFolder).Value!;
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        var all = _catalogue.Sections.Select(s => new Located<string>(s.Number, null)).ToList();
        _tender = tender with { Options = tender.Options with { IncludeSections = all } };
        _generator = new AnnexGenerator(_catalogue, _templates, WordOptions.Default, TemplateLimits.Default);
        _writer = new AnnexWordWriter(WordOptions.Default);
        _selection = PointSelector.Select(_catalogue, _tender, _tender.Lots[0]).Value!;
        _markdown = new AnnexTemplateRenderer(TemplateLimits.Default).Render(_templates, _selection).Value!;
        _manifest = ManifestBuilder.From(_selection, _templates.Name, ToolVersion.Current);
        if (_selection.Points.Count() != 118)
        {
            throw new InvalidOperationException("The benchmark annex must hold all 118 points.");
        }
    }

    [Benchmark(Description = "Full annex, 118 points (select + template + DOCX)")]
    public byte[] FullAnnex() => _generator.Generate(_tender, _tender.Lots[0]).Docx!;

    [Benchmark(Description = "Stage: point selection")]
    public AnnexSelection Selection() => PointSelector.Select(_catalogue, _tender, _tender.Lots[0]).Value!;

    [Benchmark(Description = "Stage: Scriban template → Markdown")]
    public string Template() => new AnnexTemplateRenderer(TemplateLimits.Default).Render(_templates, _selection).Value!;

    [Benchmark(Description = "Stage: Markdown → DOCX (parse, write, package)")]
    public byte[] Word() => _writer.Write(_markdown, "annexe.md", _manifest).Docx!;

    [Benchmark(Description = "Load and lint the built-in catalogue")]
    public Catalogue LoadCatalogue() => CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
}
