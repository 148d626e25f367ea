using Clausier.Core.Model;

namespace Clausier.Core.Loading;

/// <summary>What <c>catalogue.yml</c> declares: identity, parameters and segments.</summary>
internal sealed record CatalogueHeader(
    string Id,
    string Name,
    string Version,
    string Edition,
    string? Source,
    string? Copyright,
    IReadOnlyList<CatalogueParameter> Parameters,
    IReadOnlyList<Segment> Segments,
    Evaluation.ImportanceRules Importance);
