using Clausier.Core.Model;

namespace Clausier.Core.Diffing;

/// <summary>Identity of one side of a comparison, as the reports show it.</summary>
public sealed record CatalogueSummary(string Id, string Name, string Version, string Edition, string Origin, int PointCount)
{
    public static CatalogueSummary Of(Catalogue catalogue) =>
        new(catalogue.Id, catalogue.Name, catalogue.Version, catalogue.Edition, catalogue.Origin, catalogue.AllPoints().Count());
}
