using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;

namespace Clausier.Word.Docx;

/// <summary>Fills each manifest point's clause hash from the paragraphs written in its clause control (<see cref="WriterState.ClauseTexts"/>).</summary>
internal static class ClauseHashes
{
    public static AnnexManifest Complete(AnnexManifest manifest, WriterState state, DiagnosticBag diagnostics)
    {
        var points = new List<ManifestPoint>(manifest.Points.Count);
        foreach (var point in manifest.Points)
        {
            if (state.ClauseTexts.TryGetValue(point.Id, out var text))
            {
                var known = state.KnownClauseHashes;
                points.Add(point with { ClauseSha256 = known.TryGet(text, out var hash) ? hash : known.Compute(text) });
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3108", new FileLocation(state.SourcePath), point.Id);
                points.Add(point);
            }
        }

        return manifest with { Points = points };
    }
}
