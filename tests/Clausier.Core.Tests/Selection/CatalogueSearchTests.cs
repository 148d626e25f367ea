using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Selection;

namespace Clausier.Core.Tests.Selection;

public class CatalogueSearchTests
{
    private static readonly Catalogue Catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    [Fact]
    public void No_criteria_finds_every_point()
    {
        Assert.Equal(Catalogue.AllPoints().Count(), CatalogueSearch.Find(Catalogue, null, null, null).Count);
    }

    [Fact]
    public void Words_ignore_case_and_accents()
    {
        var accented = CatalogueSearch.Find(Catalogue, "Sécurité", null, null);
        var plain = CatalogueSearch.Find(Catalogue, "securite", null, null);

        Assert.NotEmpty(accented);
        Assert.Equal(accented, plain);
    }

    [Fact]
    public void Finds_a_point_by_its_id()
    {
        Assert.Contains(CatalogueSearch.Find(Catalogue, "O-7.2", null, null), p => p.Id == "O-7.2");
    }

    [Fact]
    public void Segment_and_section_narrow_the_list()
    {
        var biomedical = CatalogueSearch.Find(Catalogue, null, "biomedical", null);
        var section = CatalogueSearch.Find(Catalogue, null, null, "12");

        Assert.Equal(Catalogue.PointsFor("biomedical").Count(), biomedical.Count);
        Assert.All(section, p => Assert.True(p.SectionNumber == "12" || p.SectionNumber.StartsWith("12.", StringComparison.Ordinal)));
        Assert.NotEmpty(section);
    }
}
