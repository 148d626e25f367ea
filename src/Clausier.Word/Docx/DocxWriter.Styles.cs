using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    private void WriteStyles(MainDocumentPart main) =>
        main.AddNewPart<StyleDefinitionsPart>(ids.Styles).Styles = state.Styles.Styles;

    private void WriteNumbering(MainDocumentPart main)
    {
        if (!state.Numbering.IsEmpty)
        {
            main.AddNewPart<NumberingDefinitionsPart>(ids.Numbering).Numbering = state.Numbering.Build();
        }
    }

    /// <summary>The reference's font table, or the fonts the built-in styles name (LibreOffice substitutes Carlito for Calibri).</summary>
    private void WriteFonts(MainDocumentPart main) =>
        main.AddNewPart<FontTablePart>(ids.FontTable).Fonts = reference?.Fonts is { } fonts
            ? (Fonts)fonts.CloneNode(true)
            : new Fonts(
                Font(Palette.BodyFont, "020F0502020204030204", FontFamilyValues.Swiss, FontPitchValues.Variable),
                Font(Palette.CodeFont, "020B0609020204030204", FontFamilyValues.Modern, FontPitchValues.Fixed));

    private static Font Font(string name, string panose, FontFamilyValues family, FontPitchValues pitch) =>
        new(
            new Panose1Number { Val = panose },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = family },
            new Pitch { Val = pitch })
        {
            Name = name,
        };
}
