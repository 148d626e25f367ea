using Clausier.Core.Model;

namespace Clausier.Forms.Reading;

/// <summary>A point the annex should answer: from the manifest, the document properties, or found in the document.</summary>
/// <param name="Type">Null when only the document properties or the document itself name the point.</param>
/// <param name="Sha256">Hash of the normalised clause text; null or empty when unknown.</param>
internal sealed record ExpectedPoint(string Id, string? Title, AnswerType? Type, string? Sha256);

/// <summary>What identifies the annex and which points it carries.</summary>
internal sealed record ManifestInfo(
    Clausier.Core.Annex.AnnexManifest? Manifest,
    AnnexDocument? Document,
    IReadOnlyList<ExpectedPoint> Points,
    bool? AllowPartial);
