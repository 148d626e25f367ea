namespace Clausier.Core.Annex;

/// <summary>
/// Identity of an annex and the list of its points. Written into every annex (custom XML part and
/// custom document properties) so that a returned form can be matched and its clauses checked.
/// </summary>
public sealed record AnnexManifest(AnnexIdentity Identity, IReadOnlyList<ManifestPoint> Points)
{
    public ManifestPoint? Find(string pointId) =>
        Points.FirstOrDefault(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));
}
