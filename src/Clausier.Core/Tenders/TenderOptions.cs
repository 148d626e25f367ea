namespace Clausier.Core.Tenders;

/// <summary>How a tender adapts the catalogue.</summary>
/// <param name="AllowPartial">Offer "Partiel" as a status, with a compliance date.</param>
/// <param name="IncludeSections">Sections added whatever the segment selects.</param>
/// <param name="ExcludePoints">Points removed (a derogation the CCTP grants).</param>
/// <param name="Parameters">Values of catalogue parameters, overriding their defaults.</param>
public sealed record TenderOptions(
    bool AllowPartial,
    IReadOnlyList<Located<string>> IncludeSections,
    IReadOnlyList<Located<string>> ExcludeSections,
    IReadOnlyList<Located<string>> IncludePoints,
    IReadOnlyList<Located<string>> ExcludePoints,
    IReadOnlyDictionary<string, Located<string>> Parameters)
{
    /// <summary>French typography over the annex's text (no-break spaces, typographic apostrophe); tender key <c>options.typography</c>.</summary>
    public bool Typography { get; init; } = true;

    public static TenderOptions Default { get; } = new(false, [], [], [], [], new Dictionary<string, Located<string>>());

    /// <summary>Departures from the published référentiel granted on purpose, each with its reason.</summary>
    public IReadOnlyList<Derogation> Derogations { get; init; } = [];
}
