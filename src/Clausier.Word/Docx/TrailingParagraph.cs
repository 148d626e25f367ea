using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// The paragraph Word requires after a table that ends the body (ECMA-376 Part 1, §17.4.66). At full
/// height it spilled onto an empty last page in LibreOffice whenever the table (the candidate block)
/// ended near the bottom of the page, so it is one point high with no spacing.
/// </summary>
internal static class TrailingParagraph
{
    /// <summary>Line height in twentieths of a point, and mark size in half-points: 1 pt.</summary>
    private const string Line = "20";

    private const string MarkSize = "2";

    public static Paragraph Create() =>
        new(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = Line, LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = MarkSize }, new FontSizeComplexScript { Val = MarkSize })));
}
