using Clausier.Word.Wml;

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

    public static WmlElement Create() =>
        new WmlElement(W.Paragraph).Add(new WmlElement(W.ParagraphProperties)
            .Add(new WmlElement(W.Spacing).Set("w:before", "0").Set("w:after", "0").Set("w:line", Line).Set("w:lineRule", "exact"))
            .Add(new WmlElement(W.RunProperties)
                .Add(new WmlElement(W.FontSize).Set(W.Val, MarkSize))
                .Add(new WmlElement(W.FontSizeComplexScript).Set(W.Val, MarkSize))));
}
