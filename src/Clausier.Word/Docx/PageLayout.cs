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
    public SectionProperties Section(string? headerId, string? footerId, bool nextPage = false)
    {
        var section = new SectionProperties();
        if (headerId is not null)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        }

        if (footerId is not null)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        }

        if (nextPage)
        {
            section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        }

        section.Append(
            new PageSize { Width = Width, Height = Height },
            new PageMargin { Top = Top, Right = Right, Bottom = Bottom, Left = Left, Header = Header, Footer = Footer, Gutter = 0 },
            new Columns { Space = "708" },
            new DocGrid { LinePitch = 360 });
        return section;
    }
}
