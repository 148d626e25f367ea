namespace Clausier.Word;

/// <summary>
/// Diagnostic ids of the Word writer. CLZ30xx: Markdown the writer cannot render; CLZ31xx: form
/// fields and annex containers; CLZ32xx: styles and the reference document.
/// </summary>
public static class WordDiagnosticIds
{
    /// <summary>Raw HTML (block or inline); Word has no HTML.</summary>
    public const string RawHtml = "CLZ3001";

    /// <summary>An image; annexes carry no pictures.</summary>
    public const string Image = "CLZ3002";

    /// <summary>A footnote reference or definition.</summary>
    public const string Footnote = "CLZ3003";

    /// <summary>A <c>:::</c> container whose name is not cover, toc, note, clause or answers.</summary>
    public const string UnknownContainer = "CLZ3004";

    /// <summary>Any other Markdown construct the writer does not render (code block, <c>::inline::</c>…).</summary>
    public const string UnsupportedConstruct = "CLZ3005";

    /// <summary>A character XML cannot carry was removed from the text (warning).</summary>
    public const string InvalidXmlCharacter = "CLZ3006";

    /// <summary>A link whose target is not an absolute URI; rendered as plain text (warning).</summary>
    public const string UnsupportedLinkTarget = "CLZ3007";

    /// <summary>The YAML front matter is not a mapping of text values.</summary>
    public const string InvalidFrontMatter = "CLZ3008";

    /// <summary>A front matter key the writer does not know (warning).</summary>
    public const string UnknownFrontMatterKey = "CLZ3009";

    /// <summary>Markdown nested deeper than the parser's limit (block quotes, lists, emphasis); nothing is written.</summary>
    public const string NestedTooDeep = "CLZ3010";

    /// <summary>A form field whose name is not a field of its scope.</summary>
    public const string UnknownField = "CLZ3101";

    /// <summary>A form field outside a table cell.</summary>
    public const string FieldOutsideTable = "CLZ3102";

    /// <summary>A form field or clause whose point id is not in the manifest (warning).</summary>
    public const string PointNotInManifest = "CLZ3103";

    /// <summary>The same field (same tag) appears twice.</summary>
    public const string DuplicateField = "CLZ3104";

    /// <summary>Dropdown items given on a field that is not a status.</summary>
    public const string ItemsNotAllowed = "CLZ3105";

    /// <summary>A <c>clause</c> or <c>answers</c> container without a point id.</summary>
    public const string MissingPointId = "CLZ3106";

    /// <summary>Two clause containers for the same point.</summary>
    public const string DuplicateClause = "CLZ3107";

    /// <summary>A manifest point with no clause container: its hash stays empty (warning).</summary>
    public const string ClauseMissing = "CLZ3108";

    /// <summary>An <c>answers</c> container that does not hold exactly one table, or whose first cell is not the point id.</summary>
    public const string MalformedAnswerTable = "CLZ3109";

    /// <summary>A style the writer needs is missing from the reference document; the built-in one is added (warning).</summary>
    public const string ReferenceStyleMissing = "CLZ3201";

    /// <summary>The reference document cannot be opened as a DOCX.</summary>
    public const string ReferenceUnreadable = "CLZ3202";

    /// <summary>The file given as reference document is missing, a folder, too large or unreadable.</summary>
    public const string ReferenceNotFound = "CLZ3203";
}
