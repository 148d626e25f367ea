using Clausier.Core.Selection;

namespace Clausier.Core.Annex;

/// <summary>The manifest of an annex before the Word writer adds clause hashes.</summary>
public static class ManifestBuilder
{
    public static AnnexManifest From(AnnexSelection selection, string templateName, string generatorVersion)
    {
        var identity = new AnnexIdentity(
            selection.Tender.Reference, selection.Lot.Number, selection.Lot.Title, selection.Segment.Id, selection.Tender.Buyer.Name,
            selection.Catalogue.Id, selection.Catalogue.Name, selection.Catalogue.Version, selection.Catalogue.Edition,
            templateName, "Clausier.Docs", generatorVersion, selection.Tender.Options.AllowPartial);
        var points = selection.Points.Select(p => new ManifestPoint(p.Id, p.Title, p.SectionNumber, p.AnswerType)).ToList();
        return new AnnexManifest(identity, points);
    }
}
