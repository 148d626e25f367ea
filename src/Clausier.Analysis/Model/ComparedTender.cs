namespace Clausier.Analysis;

/// <summary>The consultation the candidates answered, as the reference candidate's annex names it; a null member is unknown.</summary>
public sealed record ComparedTender(
    string? Reference,
    string? Lot,
    string? LotTitle,
    string? Buyer,
    string? CatalogueId,
    string? CatalogueName,
    string? CatalogueVersion)
{
    public static ComparedTender Unknown { get; } = new(null, null, null, null, null, null, null);
}
