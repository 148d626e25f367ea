namespace Clausier.Core.Annex;

/// <summary>Who and what an annex was generated for; carried by the manifest of every annex.</summary>
/// <param name="TenderReference">Consultation reference, e.g. <c>INFO 26-014</c>.</param>
/// <param name="Lot">Lot number as text (<c>1</c>, <c>2</c>…), or <c>unique</c> for a single-lot tender.</param>
/// <param name="Segment">Segment id that selected the points.</param>
public sealed record AnnexIdentity(
    string TenderReference,
    string Lot,
    string? LotTitle,
    string Segment,
    string Buyer,
    string CatalogueId,
    string CatalogueName,
    string CatalogueVersion,
    string CatalogueEdition,
    string Template,
    string Generator,
    string GeneratorVersion,
    bool AllowPartial);
