using BenchmarkDotNet.Attributes;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Forms.Library;
using Clausier.Forms.Prefill;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Benchmarks;

/// <summary>
/// Prefilling a blank 118-point annex from a library of 20 previous annexes of the same product
/// (<c>clausier prefill</c> in-process, or the candidate's page): what a candidate waits for.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the clausier executable runs (see Program.cs)
[GcForce(false)]
public class PrefillBenchmarks
{
    private const int WarmUp = 300;

    private readonly AnnexPrefiller _prefiller = new();
    private byte[] _blank = [];
    private List<LibraryEntry> _entries = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        var all = catalogue.Sections.Select(s => new Located<string>(s.Number, null)).ToList();
        tender = tender with { Options = tender.Options with { IncludeSections = all } };
        var generator = new AnnexGenerator(catalogue, TemplateSet.Load(BuiltIn.TemplateFolder).Value!, WordOptions.Default, TemplateLimits.Default);
        _blank = generator.Generate(tender, tender.Lots[0]).Docx!;
        var filled = AnnexFiller.Fill(_blank);
        var reader = new AnnexReader();
        var (entry, _) = LibraryEntries.FromAnnex(reader.Read(new MemoryStream(filled), "offre.docx"), reader.ReadClauseTexts(filled, "offre.docx"),
            "Agenda+", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1));

        // Twenty returned annexes over the years; every fifth answered a point differently, and one in
        // ten answered an older wording of its clause, so conflicts and reviews are part of the work.
        _entries = [.. Enumerable.Range(0, 20).Select(i => entry! with
        {
            Date = new DateOnly(2024, 1, 1).AddDays(30 * i),
            Source = $"offre-{i:D2}.docx",
            Answers = [.. entry!.Answers.Select((a, j) => (j + i) % 5 == 0 ? a with { Answer = a.Answer + $" Version {i}." }
                : (j + i) % 10 == 1 ? a with { ClauseSha256 = new string('0', 64) } : a)],
        })];
        for (var i = 0; i < WarmUp; i++)
        {
            Prefill();
        }
    }

    [Benchmark(Description = "Prefill a 118-point annex from 20 previous annexes")]
    public PrefillResult Prefill() => _prefiller.Prefill(_blank, "annexe.docx", _entries, Timestamps.Default);
}
