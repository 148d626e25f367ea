using Clausier.Core.Forms;

namespace Clausier.Forms;

/// <summary>What a candidate answered to one control point. A null member was left empty or not found.</summary>
/// <param name="Title">From the manifest, else from the first row of the answer table.</param>
/// <param name="Status">The status, also when it was typed instead of chosen; null when empty or invalid.</param>
/// <param name="Answer">Free-text answer; paragraphs and line breaks are kept as <c>\n</c>.</param>
/// <param name="Source">The least reliable way any field of this point was found.</param>
/// <param name="FieldSources">How each field was found; a field absent from the document is absent here.</param>
/// <param name="ClauseSha256">
/// The hash of the normalised clause text the point asked about, as the annex records it (manifest, else
/// document properties) and the reader checks the clause against: what the answer was given to. Null
/// when the annex records none for the point.
/// </param>
public sealed record PointAnswer(
    string PointId,
    string? Title,
    AnswerStatus? Status,
    string? Answer,
    string? Evidence,
    DateOnly? Date,
    AnswerSource Source,
    IReadOnlyDictionary<FormField, AnswerSource> FieldSources,
    string? ClauseSha256 = null);

/// <summary>How an answer field was found, from the most to the least reliable.</summary>
public enum AnswerSource
{
    /// <summary>The content control carrying its <c>clausier:&lt;point&gt;:&lt;field&gt;</c> tag.</summary>
    Tag,

    /// <summary>A content control found by table position (the tag was lost, as LibreOffice 7.4 does).</summary>
    Position,

    /// <summary>A <c>FILLIN</c> field where the control was (LibreOffice via ODT).</summary>
    FillIn,

    /// <summary>Plain text of the answer cell; the control vanished.</summary>
    Text,

    /// <summary>The field was found nowhere.</summary>
    Missing,
}
