using Clausier.Core.Annex;

namespace Clausier.Word.Docx;

/// <summary>
/// The manifest's identity as custom document properties (docs/form-contract.md). They survive every
/// LibreOffice round trip, which the custom XML part does not.
/// </summary>
internal static class ManifestProperties
{
    public static IReadOnlyList<(string Name, string Value)> From(AnnexManifest manifest)
    {
        var id = manifest.Identity;
        List<(string Name, string Value)> identity =
        [
            ("ClausierTenderReference", id.TenderReference),
            ("ClausierLot", id.Lot),
            ("ClausierSegment", id.Segment),
            ("ClausierCatalogueId", id.CatalogueId),
            ("ClausierCatalogueVersion", id.CatalogueVersion),
            ("ClausierTemplate", id.Template),
            ("ClausierGenerator", $"{id.Generator} {id.GeneratorVersion}".Trim()),
        ];
        return [.. identity, .. PointHashProperties.Split(manifest)];
    }
}
