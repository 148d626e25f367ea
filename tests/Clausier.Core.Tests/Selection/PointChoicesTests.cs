using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;

namespace Clausier.Core.Tests.Selection;

public class PointChoicesTests
{
    private static readonly Catalogue Catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    private static readonly Tender Tender = TenderParameterTests.Read("""
        reference: R
        subject: S
        buyer:
          name: CH
        lots:
          - number: "1"
            title: Scanners
            segment: biomedical
          - number: "2"
            title: TMA
            segment: services
        """);

    private static bool Holds(Tender tender, string lot, string point) =>
        PointSelector.Select(Catalogue, tender, tender.FindLot(lot)!).Value!.Points.Any(p => PointIds.Same(p.Id, point));

    [Fact]
    public void Excluding_from_one_lot_leaves_the_other_lots_alone()
    {
        var tender = PointChoices.Exclude(Catalogue, Tender, "O-1.1", "1");

        Assert.False(Holds(tender, "1", "O-1.1"));
        Assert.True(Holds(tender, "2", "O-1.1"));
        Assert.Equal([("O-1.1", (string?)"1")], PointChoices.Exclusions(tender));
    }

    [Fact]
    public void Taking_back_a_point_added_to_a_lot_removes_the_addition_without_an_exclusion()
    {
        var added = PointChoices.Include(Tender, "O-12.5.1", "2");
        Assert.True(Holds(added, "2", "O-12.5.1"));

        var taken = PointChoices.Exclude(Catalogue, added, "o-12.5.1", "2");

        Assert.False(Holds(taken, "2", "O-12.5.1"));
        Assert.Empty(PointChoices.Exclusions(taken));
    }

    [Fact]
    public void Excluding_for_every_lot_then_restoring_gives_the_tender_back()
    {
        var excluded = PointChoices.Exclude(Catalogue, Tender, "O-1.1", null);
        Assert.False(Holds(excluded, "1", "O-1.1"));
        Assert.False(Holds(excluded, "2", "O-1.1"));

        var restored = PointChoices.Restore(excluded, "o-1.1", null);

        Assert.True(Holds(restored, "1", "O-1.1"));
        Assert.Empty(PointChoices.Exclusions(restored));
    }

    [Fact]
    public void Adding_a_point_for_every_lot_lifts_its_exclusions()
    {
        var excluded = PointChoices.Exclude(Catalogue, Tender, "O-1.1", "1");

        var added = PointChoices.Include(excluded, "O-1.1", null);

        Assert.True(Holds(added, "1", "O-1.1"));
        Assert.Empty(PointChoices.Exclusions(added));
    }
}
