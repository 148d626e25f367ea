using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;

namespace Clausier.Core.Tests.Selection;

public class LotSelectionTests
{
    private static readonly Catalogue Catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    private const string TwoLots = """
        reference: R
        subject: S
        buyer:
          name: CH
        lots:
          - number: "1"
            title: Scanners
            segment: biomedical
            exclude_points: [o-10.2]
          - number: "2"
            title: PACS
            segment: hosting
            include_points: [O-4.1, O-5.4]
        options:
          exclude_points: [O-3.4]
        """;

    private static IReadOnlyList<string> Ids(Tender tender, string lot) =>
        [.. PointSelector.Select(Catalogue, tender, tender.FindLot(lot)!).Value!.Points.Select(p => p.Id)];

    [Fact]
    public void A_lot_excludes_and_adds_points_for_itself_only()
    {
        var tender = TenderParameterTests.Read(TwoLots);

        Assert.DoesNotContain("O-10.2", Ids(tender, "1"));
        Assert.Contains("O-4.1", Ids(tender, "2"));
        Assert.Contains("O-5.4", Ids(tender, "2"));
        Assert.DoesNotContain("O-3.4", Ids(tender, "1"));
        Assert.DoesNotContain("O-3.4", Ids(tender, "2"));
        Assert.Contains("O-4.1", Ids(tender, "1"));
    }

    [Fact]
    public void The_departures_say_where_each_exclusion_was_decided()
    {
        var tender = TenderParameterTests.Read(TwoLots);
        var departures = PointSelector.Select(Catalogue, tender, tender.FindLot("1")!).Value!.Departures;

        Assert.Equal(ExclusionScope.Lot, departures.ExcludedPoints.Single(e => e.Point.Id == "O-10.2").Scope);
        Assert.Equal(ExclusionScope.Tender, departures.ExcludedPoints.Single(e => e.Point.Id == "O-3.4").Scope);
        Assert.Empty(departures.AddedPoints);
        Assert.Equal(["O-4.1", "O-5.4"], PointSelector.Select(Catalogue, tender, tender.FindLot("2")!).Value!.Departures.AddedPoints.Select(p => p.Id));
    }

    [Fact]
    public void A_biomedical_lot_without_user_accounts_leaves_out_the_identity_points()
    {
        var tender = TenderParameterTests.Read(TwoLots.Replace("    exclude_points: [o-10.2]", "    segment_options: [sans-comptes-utilisateurs]", StringComparison.Ordinal));
        var selection = PointSelector.Select(Catalogue, tender, tender.FindLot("1")!).Value!;

        Assert.DoesNotContain(selection.Points, p => p.Id is "O-4.1" or "O-5.6");
        Assert.Contains(selection.Points, p => p.Id == "O-5.2");
        Assert.All(selection.Departures.ExcludedPoints.Where(e => e.Point.Id is "O-4.1" or "O-5.6"), e => Assert.Equal(ExclusionScope.SegmentOption, e.Scope));
    }

    [Fact]
    public void An_option_the_segment_does_not_declare_is_an_error_at_its_place()
    {
        var tender = TenderParameterTests.Read(TwoLots.Replace("    include_points: [O-4.1, O-5.4]", "    segment_options: [sans-comptes]", StringComparison.Ordinal));
        var result = PointSelector.Select(Catalogue, tender, tender.FindLot("2")!);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticIds.LotUnknownSegmentOption, error.Id);
        Assert.Equal("consultation.yml(13,23)", error.Location!.ToString());
    }

    [Fact]
    public void An_unknown_point_in_a_lot_is_reported_with_a_suggestion()
    {
        var tender = TenderParameterTests.Read(TwoLots.Replace("[o-10.2]", "[O-10.9]", StringComparison.Ordinal));
        var result = PointSelector.Select(Catalogue, tender, tender.FindLot("1")!);

        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.TenderUnknownPoint && d.Message.Contains("O-10.9", StringComparison.Ordinal));
    }

    [Fact]
    public void The_segments_apply_the_points_documented_in_docs_segments()
    {
        Assert.Contains(Catalogue.PointsFor("printing"), p => p.Id == "O-12.2.4.3");
        Assert.Contains(Catalogue.PointsFor("workstations"), p => p.Id == "O-12.2.10.1");
        Assert.Contains(Catalogue.PointsFor("printing"), p => p.Id == "O-10.1");
        Assert.Contains(Catalogue.PointsFor("printing"), p => p.Id == "O-12.4.1");
        Assert.Contains(Catalogue.PointsFor("saas"), p => p.Id == "O-9.3");
        Assert.Contains(Catalogue.PointsFor("saas"), p => p.Id == "O-9.4");
        Assert.DoesNotContain(Catalogue.PointsFor("printing"), p => p.Id == "O-12.2.1.1");
    }

    [Fact]
    public void The_multilot_example_is_an_establishment_whose_pacs_keeps_identity_and_authentication()
    {
        var read = TenderReader.ReadFile(Path.Combine(RepositoryPaths.Root, "templates", "examples", "tender-multilot.yml"));
        var tender = read.Value!;
        var pacs = PointSelector.Select(Catalogue, tender, tender.FindLot("2")!);

        Assert.DoesNotContain("GHT", tender.Buyer.Name, StringComparison.Ordinal);
        Assert.False(pacs.HasErrors, string.Join("\n", pacs.Diagnostics));
        Assert.DoesNotContain(pacs.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Superset(new HashSet<string> { "O-4.1", "O-5.1", "O-5.2", "O-5.4", "O-5.6" }, pacs.Value!.Points.Select(p => p.Id).ToHashSet());
    }
}
