namespace Clausier.Forms;

/// <summary>Identity of a returned annex, as far as its manifest or document properties tell it.</summary>
/// <param name="Source">Where the identity was read from.</param>
public sealed record AnnexDocument(
    ManifestSource Source,
    string? TenderReference,
    string? Lot,
    string? LotTitle,
    string? Segment,
    string? Buyer,
    string? CatalogueId,
    string? CatalogueName,
    string? CatalogueVersion,
    string? Template,
    string? Generator,
    string? GeneratorVersion);

/// <summary>Where the identity of an annex was found (docs/form-contract.md, "Identity").</summary>
public enum ManifestSource
{
    /// <summary>The custom XML part <c>{urn:clausier-docs:annex:1}annex</c>.</summary>
    CustomXmlPart,

    /// <summary>The <c>Clausier*</c> custom document properties (the custom XML part was lost, e.g. through ODT).</summary>
    DocumentProperties,
}
