namespace Clausier.Word.Wml;

/// <summary>
/// Where a property goes among its siblings: ECMA-376 Part 1 fixes the order of the children of the
/// properties elements (a sequence, §17.3.1.26 <c>pPr</c>, §17.3.2.28 <c>rPr</c>…), and Word refuses a
/// file whose properties are out of order. Only the properties the writer sets are listed.
/// </summary>
internal static class WmlSchemaOrder
{
    private static readonly string[] Paragraph =
    [
        W.ParagraphStyle, W.KeepNext, W.KeepLines, W.PageBreakBefore, W.WidowControl, W.NumberingProperties,
        W.Spacing, W.Indentation, W.Justification, W.OutlineLevel, W.RunProperties, W.SectionProperties,
    ];

    private static readonly string[] Run =
    [
        W.RunStyle, W.Fonts, W.Bold, W.BoldComplexScript, W.Italic, W.ItalicComplexScript, W.Color, W.FontSize, W.FontSizeComplexScript,
    ];

    /// <summary>The rank of <paramref name="child"/> within <paramref name="parent"/>; unlisted names go last.</summary>
    public static int Rank(string parent, string child)
    {
        var order = parent switch
        {
            W.ParagraphProperties => Paragraph,
            W.RunProperties => Run,
            _ => [],
        };
        var index = Array.IndexOf(order, child);
        return index < 0 ? int.MaxValue : index;
    }
}
