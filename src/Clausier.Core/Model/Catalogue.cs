namespace Clausier.Core.Model;

/// <summary>A loaded catalogue: identity, parameters, segments and the section tree.</summary>
/// <param name="Id">Stable identifier, e.g. <c>clausier-securite-sante</c>.</param>
/// <param name="Version">Version of the catalogue text.</param>
/// <param name="Edition">Edition of the published framework it follows, e.g. <c>2024</c>.</param>
/// <param name="Origin">Folder or file the catalogue was read from.</param>
/// <param name="Importance">Default importance of the points (catalogue.yml, <c>importance</c>); null when the catalogue declares none.</param>
public sealed record Catalogue(
    string Id,
    string Name,
    string Version,
    string Edition,
    string? Source,
    string? Copyright,
    string Origin,
    IReadOnlyList<CatalogueParameter> Parameters,
    IReadOnlyList<Segment> Segments,
    IReadOnlyList<Section> Sections,
    Evaluation.ImportanceRules? Importance = null)
{
    /// <summary>Every point in document order.</summary>
    public IEnumerable<ControlPoint> AllPoints() => Sections.SelectMany(s => s.AllPoints());

    public IEnumerable<Section> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());

    public ControlPoint? FindPoint(string id) =>
        AllPoints().FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    public Segment? FindSegment(string id) =>
        Segments.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    public IEnumerable<ControlPoint> PointsFor(string segmentId) => AllPoints().Where(p => p.AppliesTo(segmentId));
}
