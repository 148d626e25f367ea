using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// The styles the writer defines when no reference document is given, and adds to a reference
/// document that lacks one. Each definition resolves the styles it is based on through the map.
/// </summary>
internal static partial class BuiltInStyles
{
    /// <summary>Every built-in style, in the order they are written.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        StyleNames.Normal, StyleNames.DefaultParagraphFont, StyleNames.NormalTable,
        StyleNames.Heading(1), StyleNames.Heading(2), StyleNames.Heading(3), StyleNames.Heading(4),
        StyleNames.Title, StyleNames.Subtitle, StyleNames.Quote, StyleNames.ListParagraph, StyleNames.Note,
        StyleNames.TableText, StyleNames.TocHeading, StyleNames.Toc1, StyleNames.Toc2,
        StyleNames.Header, StyleNames.Footer, StyleNames.PlaceholderText, StyleNames.Hyperlink, StyleNames.Code,
        StyleNames.Table, StyleNames.AnswerTable,
    ];

    public static bool IsBuiltIn(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The definition of <paramref name="name"/> under <paramref name="id"/>; null for an unknown name.</summary>
    public static Style? Create(string name, string id, StyleMap map) => name switch
    {
        StyleNames.Normal => Normal(id),
        StyleNames.DefaultParagraphFont => DefaultParagraphFont(id),
        StyleNames.NormalTable => NormalTable(id),
        "heading 1" or "heading 2" or "heading 3" or "heading 4" => Heading(id, name[^1] - '0', map),
        StyleNames.Title => Title(id, map),
        StyleNames.Subtitle => Subtitle(id, map),
        StyleNames.Quote => Quote(id, map),
        StyleNames.ListParagraph => ListParagraph(id, map),
        StyleNames.Note => Note(id, map),
        StyleNames.TableText => TableText(id, map),
        StyleNames.TocHeading => TocHeading(id, map),
        StyleNames.Toc1 => Toc(id, StyleNames.Toc1, 1, map),
        StyleNames.Toc2 => Toc(id, StyleNames.Toc2, 2, map),
        StyleNames.Header => HeaderFooter(id, StyleNames.Header, map),
        StyleNames.Footer => HeaderFooter(id, StyleNames.Footer, map),
        StyleNames.PlaceholderText => PlaceholderText(id, map),
        StyleNames.Hyperlink => Hyperlink(id, map),
        StyleNames.Code => Code(id, map),
        StyleNames.Table => Table(id, StyleNames.Table, answer: false, map),
        StyleNames.AnswerTable => Table(id, StyleNames.AnswerTable, answer: true, map),
        _ => null,
    };

    /// <summary>The id a built-in style gets when nothing else has taken it: its name without spaces, as Word does.</summary>
    public static string PreferredId(string name) => name switch
    {
        StyleNames.NormalTable => "TableNormal",
        StyleNames.Toc1 => "TOC1",
        StyleNames.Toc2 => "TOC2",
        _ => string.Concat(name.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
    };

    /// <summary>
    /// Document defaults: body font and size, language, paragraph spacing. No text colour: LibreOffice
    /// copies default run properties into table cells as direct formatting, where a colour would hide
    /// the grey of placeholder text; and a colour on Normal would override the table styles' white header text in Word.
    /// </summary>
    public static DocDefaults DocDefaults(string language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Palette.BodyFont, HighAnsi = Palette.BodyFont, ComplexScript = Palette.BodyFont, EastAsia = Palette.BodyFont },
            new FontSize { Val = Palette.BodySize.ToString() },
            new FontSizeComplexScript { Val = Palette.BodySize.ToString() },
            new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    private static Style NewStyle(StyleValues type, string id, string name, string? basedOn, StyleMap? map, int priority) =>
        new()
        {
            Type = type,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null || map is null ? null : new BasedOn { Val = map.Id(basedOn) },
            UIPriority = new UIPriority { Val = priority },
            PrimaryStyle = priority < 30 ? new PrimaryStyle() : null,
        };
}
