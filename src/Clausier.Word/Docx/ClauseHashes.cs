using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Word.Docx;

/// <summary>Fills each manifest point's clause hash from the paragraphs written in its clause control.</summary>
internal static class ClauseHashes
{
    public static AnnexManifest Complete(AnnexManifest manifest, WriterState state, DiagnosticBag diagnostics)
    {
        var points = new List<ManifestPoint>(manifest.Points.Count);
        foreach (var point in manifest.Points)
        {
            if (state.Clauses.TryGetValue(point.Id, out var content))
            {
                points.Add(point with { ClauseSha256 = ClauseText.Sha256(ParagraphText.OfAll(content)) });
            }
            else
            {
                diagnostics.Warning(
                    WordDiagnosticIds.ClauseMissing,
                    $"point {point.Id} has no '::: clause {point.Id}' container; its clause hash is left empty",
                    new FileLocation(state.SourcePath));
                points.Add(point);
            }
        }

        return manifest with { Points = points };
    }
}
