namespace Clausier.Word.Docx;

/// <summary>
/// Names (<c>w:name</c>) of the styles the writer uses. Styles are looked up by name, as Word and
/// pandoc do, because a reference document may give them other ids (a French Word calls "heading 1" <c>Titre1</c>).
/// </summary>
internal static class StyleNames
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Quote = "Quote";
    public const string ListParagraph = "List Paragraph";
    public const string Note = "Clausier Note";
    public const string TableText = "Clausier Table Text";
    public const string Toc1 = "toc 1";
    public const string Toc2 = "toc 2";
    public const string TocHeading = "TOC Heading";
    public const string Header = "header";
    public const string Footer = "footer";

    public const string DefaultParagraphFont = "Default Paragraph Font";
    public const string PlaceholderText = "Placeholder Text";
    public const string Hyperlink = "Hyperlink";
    public const string Code = "Clausier Code";

    public const string NormalTable = "Normal Table";
    public const string Table = "Clausier Table";
    public const string AnswerTable = "Clausier Answer Table";

    public const int MaxHeadingLevel = 4;

    /// <summary><c>heading 1</c> … <c>heading 4</c>.</summary>
    public static string Heading(int level) => $"heading {Math.Clamp(level, 1, MaxHeadingLevel)}";

    public static string Toc(int level) => level <= 1 ? Toc1 : Toc2;
}
