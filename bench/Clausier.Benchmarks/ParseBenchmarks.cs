using BenchmarkDotNet.Attributes;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Benchmarks;

/// <summary>Reading returned annexes: one fully answered 118-point annex, and a thousand of them.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _filled = [];
    private readonly AnnexReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        var all = catalogue.Sections.Select(s => new Located<string>(s.Number, null)).ToList();
        tender = tender with { Options = tender.Options with { IncludeSections = all } };
        var generator = new AnnexGenerator(catalogue, TemplateSet.Load(BuiltIn.TemplateFolder).Value!, WordOptions.Default, TemplateLimits.Default);
        _filled = AnnexFiller.Fill(generator.Generate(tender, tender.Lots[0]).Docx!);
    }

    [Benchmark(Description = "Parse one answered annex (118 points)")]
    public ParsedAnnex ParseOne() => _reader.Read(new MemoryStream(_filled, writable: false), "annexe.docx");

    [Benchmark(Description = "Parse 1,000 answered annexes", OperationsPerInvoke = 1)]
    public int ParseThousand()
    {
        var answers = 0;
        for (var i = 0; i < 1000; i++)
        {
            answers += _reader.Read(new MemoryStream(_filled, writable: false), "annexe.docx").Answers.Count;
        }

        return answers;
    }
}
