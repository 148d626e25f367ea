using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Pipeline.Batch;
using Clausier.Testing;

namespace Clausier.Pipeline.Tests;

/// <summary>Any value a buyer types reaches the annex as typed: never read as YAML, Markdown or template code.</summary>
public sealed class BuyerValuesTests
{
    internal static Tender HostileTender() => BuyerValues.HostileTender(BuyerValues.For);

    internal static void AssertShowsEveryValue(Tender tender, Lot lot, byte[] docx) => BuyerValues.AssertShown(tender, lot, docx);

    [Fact]
    public void Every_field_holding_markup_reaches_every_lot_as_typed()
    {
        using var fixture = new BatchFixture();
        var tender = HostileTender();

        foreach (var lot in tender.Lots)
        {
            var annex = fixture.Generator.Generate(tender, lot);

            Assert.DoesNotContain(annex.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            AssertShowsEveryValue(tender, lot, annex.Docx!);
        }
    }

    [Fact]
    public void The_same_values_read_from_a_tender_file_reach_the_annex_as_typed()
    {
        using var fixture = new BatchFixture();
        var path = fixture.Write("hostile.yml", TenderYamlWriter.Write(HostileTender()));

        var read = TenderReader.ReadFile(path);

        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var tender = read.Value!;
        Assert.Equal(HostileTender().Subject, tender.Subject);
        var lot = tender.Lots[1];
        AssertShowsEveryValue(tender, lot, fixture.Generator.Generate(tender, lot).Docx!);
    }

    [Fact]
    public void The_same_values_reach_every_annex_of_a_batch_as_typed()
    {
        using var fixture = new BatchFixture();
        fixture.Write("hostile.yml", TenderYamlWriter.Write(HostileTender()));
        var manifest = BatchManifestReader.Read(fixture.Write("batch.yml", "tenders:\n  - file: hostile.yml\n"));

        var report = new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);

        Assert.False(report.HasFailures, string.Join("\n", report.Items.SelectMany(i => i.Diagnostics)));
        Assert.True(File.Exists(Path.Combine(fixture.Output, BatchRunner.ReportName)));
        var files = Directory.GetFiles(fixture.Output, "*.docx").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        var tender = HostileTender();
        for (var i = 0; i < files.Count; i++)
        {
            AssertShowsEveryValue(tender, tender.Lots[i], File.ReadAllBytes(files[i]));
        }
    }

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u0000")]
    [InlineData("\u001B")]
    [InlineData("\uFFFF")]
    public void Control_characters_are_removed_with_a_warning_naming_the_tender_key(string control)
    {
        using var fixture = new BatchFixture();
        var tender = fixture.Write("control.yml", $"""
            reference: "REF{YamlEscape(control)}-1"
            subject: "Objet{YamlEscape(control)}"
            buyer:
              name: "CH{YamlEscape(control)}"
            lots:
              - number: "1"
                title: "Lot{YamlEscape(control)}"
                segment: saas
            """);
        var read = TenderReader.ReadFile(tender);

        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var warnings = read.Diagnostics.Where(d => d.Id == "CLZ2030").Select(d => d.ToString()).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith($"{tender}(1,12)", StringComparison.Ordinal) && w.Contains("'reference'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"{tender}(7,12)", StringComparison.Ordinal) && w.Contains("'title'", StringComparison.Ordinal));
        var annex = fixture.Generator.Generate(read.Value!, read.Value!.Lots[0]);
        Assert.NotNull(annex.Docx);
        DocxAssert.Valid(annex.Docx!);
        Assert.Contains("REF-1", BuyerValues.Paragraphs(annex.Docx!));
    }

    [Fact]
    public void A_batch_with_a_control_character_in_one_tender_writes_every_annex_and_its_report()
    {
        using var fixture = new BatchFixture();
        fixture.Write("a.yml", BatchFixture.Tender("A-1", "saas"));
        fixture.Write("b.yml", "reference: \"B\\x01-1\"\nsubject: \"Objet\\x07\"\nbuyer:\n  name: \"CH\\x02\"\nsegment: saas\n");
        var manifest = BatchManifestReader.Read(fixture.Write("batch.yml", "tenders:\n  - file: a.yml\n  - file: b.yml\n"));

        var report = new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);

        Assert.False(report.HasFailures, string.Join("\n", report.Items.SelectMany(i => i.Diagnostics)));
        Assert.Equal(2, report.Count(BatchItemStatus.Written));
        Assert.Contains(manifest.Diagnostics, d => d.Id == "CLZ2030" && d.Location!.ToString()!.Contains("b.yml(1,12)", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(fixture.Output, BatchRunner.ReportName)));
    }

    [Fact]
    public void A_tender_built_in_memory_is_cleaned_by_the_same_rule()
    {
        using var fixture = new BatchFixture();
        var tender = HostileTender() with { Reference = "REF\u0001-2", Subject = "Objet\u0007" };

        var annex = fixture.Generator.Generate(tender, tender.Lots[0]);

        Assert.NotNull(annex.Docx);
        Assert.Equal(2, annex.Diagnostics.Count(d => d.Id == "CLZ2030"));
        Assert.Contains("REF-2", BuyerValues.Paragraphs(annex.Docx!));
    }

    private static string YamlEscape(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
