using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;

namespace Clausier.Word;

/// <summary>What <see cref="AnnexWordWriter"/> wrote: the DOCX, the completed manifest and the diagnostics.</summary>
/// <param name="Docx">The package, or null when an error made it impossible to write one (an unreadable reference document).</param>
/// <param name="Manifest">The input manifest with each point's <see cref="ManifestPoint.ClauseSha256"/> filled in.</param>
public sealed record WordResult(byte[]? Docx, AnnexManifest Manifest, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
