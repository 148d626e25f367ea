using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Analysis.Output;

/// <summary>
/// The workbook's stylesheet (ECMA-376 Part 1, §18.8) and the index of each cell format in it. Status
/// colours follow the usual traffic-light reading: Oui green, Non red, Partiel orange, Non concerné grey,
/// missing yellow.
/// </summary>
internal static class WorkbookStyles
{
    public const string OuiColor = "FFC6EFCE";
    public const string NonColor = "FFFFC7CE";
    public const string PartielColor = "FFF8CBAD";
    public const string NonConcerneColor = "FFD9D9D9";
    public const string MissingColor = "FFFFFF99";
    public const string HeaderColor = "FFD9E1F2";

    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint Integer = 3;
    public const uint Percent = 4;
    public const uint StatusOui = 5;
    public const uint StatusNon = 6;
    public const uint StatusPartiel = 7;
    public const uint StatusNonConcerne = 8;
    public const uint StatusMissing = 9;
    public const uint Title = 10;
    public const uint Note = 11;
    public const uint TextMissing = 12;
    public const uint HeaderCentered = 13;
    public const uint NotAsked = 14;

    /// <summary>Two decimals (built-in format 2, <c>0.00</c>): scores.</summary>
    public const uint Decimal = 15;

    /// <summary>Built-in number formats (§18.8.30): 1 is <c>0</c>, 2 is <c>0.00</c>, 9 is <c>0%</c>.</summary>
    private const uint IntegerFormat = 1;
    private const uint PercentFormat = 9;
    private const uint DecimalFormat = 2;

    public static uint ForOutcome(PointOutcome outcome) => outcome switch
    {
        PointOutcome.Oui => StatusOui,
        PointOutcome.Non => StatusNon,
        PointOutcome.Partiel => StatusPartiel,
        PointOutcome.NonConcerne => StatusNonConcerne,
        PointOutcome.Missing => StatusMissing,
        PointOutcome.NotAsked => NotAsked,
        _ => Text,
    };

    public static Stylesheet Build() => new(
        new Fonts(
            Font(),
            Font(new Bold()),
            Font(new Bold(), size: 14D),
            Font(new Italic(), color: "FF595959"))
        { Count = 4U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(HeaderColor),
            Solid(OuiColor),
            Solid(NonColor),
            Solid(PartielColor),
            Solid(NonConcerneColor),
            Solid(MissingColor))
        { Count = 8U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            Format(0, 0, 0, null),
            Format(1, 2, 0, new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }),
            Format(0, 0, 0, Top(wrap: true)),
            Format(0, 0, IntegerFormat, Top(wrap: false)),
            Format(0, 0, PercentFormat, Top(wrap: false)),
            Format(0, 3, 0, Centered()),
            Format(0, 4, 0, Centered()),
            Format(0, 5, 0, Centered()),
            Format(0, 6, 0, Centered()),
            Format(0, 7, 0, Centered()),
            Format(2, 0, 0, null),
            Format(3, 0, 0, null),
            Format(0, 7, 0, Top(wrap: true)),
            Format(1, 2, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(3, 0, 0, Centered()),
            Format(0, 0, DecimalFormat, Top(wrap: false)))
        { Count = 16U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private static Font Font(OpenXmlElement? emphasis = null, double size = 11D, string? color = null)
    {
        var font = new Font();
        if (emphasis is not null)
        {
            font.Append(emphasis);
        }

        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });

    private static Alignment Top(bool wrap) => new() { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null };

    private static Alignment Centered() => new() { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top };

    private static CellFormat Format(uint font, uint fill, uint numberFormat, Alignment? alignment)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0U,
            FormatId = 0U,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyAlignment = alignment is not null ? true : null,
        };
        if (alignment is not null)
        {
            format.Append(alignment);
        }

        return format;
    }
}
