using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Testing;

namespace Clausier.Core.Tests.Tenders;

public class TenderYamlWriterTests
{
    [Theory]
    [InlineData("tender.yml")]
    [InlineData("tender-multilot.yml")]
    public void Example_tenders_read_back_to_the_same_values(string example)
    {
        var original = TenderReader.ReadFile(Path.Combine(RepositoryPaths.Root, "templates", "examples", example)).Value!;

        var copy = RoundTrip(original);

        AssertSame(original, copy);
    }

    [Fact]
    public void A_tender_setting_every_key_reads_back_to_the_same_values()
    {
        var original = TenderReader.Read("every-key.yml", new StringReader(TenderFixtures.EveryKeyYaml));
        Assert.False(original.HasErrors, string.Join("\n", original.Diagnostics));
        Assert.NotNull(original.Value!.Evaluation);

        var copy = RoundTrip(original.Value);

        AssertSame(original.Value, copy);
        Assert.Equal(33.4, copy.Evaluation!.SectionWeights[2].Value.Value);
        Assert.Equal(["3", "5", "12.3"], copy.Evaluation.SectionWeights.Select(s => s.Key));
    }

    [Fact]
    public void An_evaluation_block_with_only_defaults_stays_a_block()
    {
        var yaml = "reference: R\nsubject: S\nbuyer:\n  name: B\nsegment: saas\nevaluation:\n  criterion: Sécurité\n";
        var original = TenderReader.Read("t.yml", new StringReader(yaml)).Value!;

        var copy = RoundTrip(original);

        Assert.NotNull(copy.Evaluation);
        AssertSame(original, copy);
        Assert.DoesNotContain("scale:", TenderYamlWriter.Write(original), StringComparison.Ordinal);
    }

    [Fact]
    public void Awkward_text_reads_back_exactly()
    {
        var tender = new Tender(
            new Buyer("CHU « Montval » : site #2", "null", "  espaces  ", "- tiret", "a\"b\\c\nligne"),
            "12.5", "Objet: avec deux-points # et dièse", "yes", null, ["48180000-3"], new DateTime(2026, 3, 16, 12, 0, 30),
            null, "1.0", null,
            [new Lot("1", "true", new Located<string>("saas", null)), new Lot("02", "Lot 'deux'", new Located<string>("hosting", null))],
            new TenderOptions(true, [new("12.5", null)], [new("3", null)], [new("O-10.2", null)], [new("O-7.2", null)],
                new Dictionary<string, Located<string>> { ["dpo_contact"] = new("dpo@chu.fr: bureau 3", null) }));

        AssertSame(tender, RoundTrip(tender));
    }

    [Fact]
    public void Single_lot_tender_is_written_with_its_segment_only()
    {
        var original = TenderReader.ReadFile(Path.Combine(RepositoryPaths.Root, "templates", "examples", "tender.yml")).Value!;

        var yaml = TenderYamlWriter.Write(original);

        Assert.Contains("segment: saas\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("lots:", yaml, StringComparison.Ordinal);
    }

    private static Tender RoundTrip(Tender tender)
    {
        var yaml = TenderYamlWriter.Write(tender);
        var result = TenderReader.Read("written.yml", new StringReader(yaml));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics) + "\n" + yaml);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        return result.Value!;
    }

    /// <summary>Every value of the record, whatever its key, as <see cref="RecordShape"/> lists them; locations aside.</summary>
    private static void AssertSame(Tender expected, Tender actual) => Assert.Equal(RecordShape.Of(expected), RecordShape.Of(actual));

    [Fact]
    public void Per_lot_points_segment_options_and_derogations_read_back()
    {
        var tender = new Tender(new Buyer("CH", null, null, null, null), "R", "S", null, null, [], null, null, "1.0", null,
            [
                new Lot("1", "Moniteurs", new Located<string>("biomedical", null))
                {
                    SegmentOptions = [new("sans-comptes-utilisateurs", null)],
                    ExcludePoints = [new("O-10.2", null)],
                },
                new Lot("2", "PACS", new Located<string>("hosting", null)) { IncludePoints = [new("O-4.1", null), new("O-5.4", null)] },
            ],
            TenderOptions.Default with
            {
                Parameters = new Dictionary<string, Located<string>> { ["tls_min_version"] = new("1.1", null) },
                Derogations = [new Derogation("tls_min_version", null, "Automates : « TLS 1.1 » jusqu'en 2027."), new Derogation(null, "O-10.2", "Pas de Wi-Fi.")],
            });

        AssertSame(tender, RoundTrip(tender));
    }
}
