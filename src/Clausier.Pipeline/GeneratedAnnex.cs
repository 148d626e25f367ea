using System.Diagnostics.CodeAnalysis;
using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline;

/// <summary>One generated annex: the intermediate Markdown, the DOCX and everything the stages reported.</summary>
/// <param name="Docx">Null when an error stopped generation.</param>
public sealed record GeneratedAnnex(string LotNumber, string? Markdown, byte[]? Docx, AnnexManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics)
{
    [MemberNotNullWhen(true, nameof(Docx))]
    public bool Succeeded => Docx is not null && !Diagnostics.Any(d => d.IsError);
}
