namespace Clausier.Core.Annex;

/// <summary>
/// Document-level values of one annex (core properties, page header and footer), handed from the
/// template to the Word writer as values: a buyer's text reaches Word as typed, never re-read as
/// YAML or Markdown. A null member leaves the writer's own default, or the Markdown's front matter.
/// </summary>
/// <param name="Title">Written as <c>dc:title</c>.</param>
/// <param name="Subject">Written as <c>dc:subject</c>.</param>
/// <param name="Header">Text of the page header; none when null or blank.</param>
/// <param name="Footer">Text of the page footer, before the page number.</param>
/// <param name="Language">BCP 47 tag of the document's text.</param>
/// <param name="Typography">Whether French typography (no-break spaces, typographic apostrophe) is applied to the text.</param>
public sealed record AnnexDocumentSettings(
    string? Title = null,
    string? Subject = null,
    string? Header = null,
    string? Footer = null,
    string? Language = null,
    bool Typography = false)
{
    public static AnnexDocumentSettings None { get; } = new();
}
