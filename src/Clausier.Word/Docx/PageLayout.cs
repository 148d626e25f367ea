using System.Globalization;
using Clausier.Word.Wml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>Page size and margins in twentieths of a point (dxa): A4 with 2 cm margins unless a reference document says otherwise.</summary>
internal sealed record PageLayout(uint Width, uint Height, int Top, uint Right, int Bottom, uint Left, uint Header, uint Footer)
{
    /// <summary>11906 − 2 × 1134: A4 width less two 2 cm margins.</summary>
    public const int A4TextWidth = 9638;

    public static PageLayout A4 { get; } = new(11906, 16838, 1134, 1134, 1134, 1134, 567, 567);

    public int TextWidth => (int)(Width - Left - Right);

    /// <summary>The page setup of a reference document's last section, falling back to A4 for what it does not state.</summary>
    public static PageLayout From(SectionProperties? section)
    {
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        return new PageLayout(
            size?.Width?.Value ?? A4.Width,
            size?.Height?.Value ?? A4.Height,
            margin?.Top?.Value ?? A4.Top,
            margin?.Right?.Value ?? A4.Right,
            margin?.Bottom?.Value ?? A4.Bottom,
            margin?.Left?.Value ?? A4.Left,
            margin?.Header?.Value ?? A4.Header,
            margin?.Footer?.Value ?? A4.Footer);
    }

    /// <summary>A section with this page setup; header and footer only when their relationship ids are given.</summary>
    public WmlElement Section(string? headerId, string? footerId, bool nextPage = false)
    {
        var section = new WmlElement(W.SectionProperties);
        if (headerId is not null)
        {
            section.Add(new WmlElement(W.HeaderReference).Set(W.Type, "default").Set(W.RelationshipId, headerId));
        }

        if (footerId is not null)
        {
            section.Add(new WmlElement(W.FooterReference).Set(W.Type, "default").Set(W.RelationshipId, footerId));
        }

        if (nextPage)
        {
            section.Add(new WmlElement(W.SectionType).Set(W.Val, "nextPage"));
        }

        return section.Add(
        [
            new WmlElement(W.PageSize).Set(W.Width, Twips(Width)).Set("w:h", Twips(Height)),
            new WmlElement(W.PageMargin)
                .Set("w:top", Twips(Top)).Set("w:right", Twips(Right)).Set("w:bottom", Twips(Bottom)).Set("w:left", Twips(Left))
                .Set("w:header", Twips(Header)).Set("w:footer", Twips(Footer)).Set("w:gutter", "0"),
            new WmlElement(W.Columns).Set("w:space", "708"),
            new WmlElement(W.DocGrid).Set("w:linePitch", "360"),
        ]);
    }

    private static string Twips(long value) => value.ToString(CultureInfo.InvariantCulture);
}
