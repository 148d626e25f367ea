using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;

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

    private static void AssertSame(Tender expected, Tender actual)
    {
        Assert.Equal(expected.Buyer, actual.Buyer);
        Assert.Equal(expected.Reference, actual.Reference);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Procedure, actual.Procedure);
        Assert.Equal(expected.ContractForm, actual.ContractForm);
        Assert.Equal(expected.CpvCodes, actual.CpvCodes);
        Assert.Equal(expected.Deadline, actual.Deadline);
        Assert.Equal(expected.Platform, actual.Platform);
        Assert.Equal(expected.DocumentVersion, actual.DocumentVersion);
        Assert.Equal(expected.Lots.Select(l => (l.Number, l.Title, l.Segment.Value)), actual.Lots.Select(l => (l.Number, l.Title, l.Segment.Value)));
        Assert.Equal(expected.Options.AllowPartial, actual.Options.AllowPartial);
        Assert.Equal(Values(expected.Options.IncludeSections), Values(actual.Options.IncludeSections));
        Assert.Equal(Values(expected.Options.ExcludeSections), Values(actual.Options.ExcludeSections));
        Assert.Equal(Values(expected.Options.IncludePoints), Values(actual.Options.IncludePoints));
        Assert.Equal(Values(expected.Options.ExcludePoints), Values(actual.Options.ExcludePoints));
        Assert.Equal(expected.Options.Parameters.ToDictionary(p => p.Key, p => p.Value.Value), actual.Options.Parameters.ToDictionary(p => p.Key, p => p.Value.Value));
        Assert.Equal(expected.Lots.Select(l => string.Join(",", Values(l.IncludePoints))), actual.Lots.Select(l => string.Join(",", Values(l.IncludePoints))));
        Assert.Equal(expected.Lots.Select(l => string.Join(",", Values(l.ExcludePoints))), actual.Lots.Select(l => string.Join(",", Values(l.ExcludePoints))));
        Assert.Equal(expected.Lots.Select(l => string.Join(",", Values(l.SegmentOptions))), actual.Lots.Select(l => string.Join(",", Values(l.SegmentOptions))));
        Assert.Equal(expected.Options.Derogations.Select(d => (d.Parameter, d.Point, d.Reason)), actual.Options.Derogations.Select(d => (d.Parameter, d.Point, d.Reason)));
    }

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

    private static IEnumerable<string> Values(IReadOnlyList<Located<string>> list) => list.Select(l => l.Value);
}
