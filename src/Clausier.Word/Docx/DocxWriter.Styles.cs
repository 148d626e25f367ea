using Clausier.Word.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    private void AddStyles(PackageBuilder package) => AddStylesPart(package, ids.Styles, DocxParts.Styles, DocxParts.MainDocument);

    private void AddStylesPart(PackageBuilder package, string id, string name, string source)
    {
        if (state.Styles.SerializedPart is { } serialized)
        {
            // Only the built-in styles of the document's language are serialised ahead (StyleMap.SharedBuiltIn).
            package.AddPart(name, DocxParts.StylesType, () => cache.GetOrAdd($"{name}\nbuilt-in {frontMatter.Language}", stream => stream.Write(serialized.Span)));
            package.AddRelationship(source, new(id, DocxParts.StylesRelationship, name));
            return;
        }

        AddPart(package, id, name, DocxParts.StylesType, DocxParts.StylesRelationship, state.Styles.Styles, source);
    }

    private void AddNumbering(PackageBuilder package)
    {
        if (!state.Numbering.IsEmpty)
        {
            AddPart(package, ids.Numbering, DocxParts.Numbering, DocxParts.NumberingType, DocxParts.NumberingRelationship, state.Numbering.Build());
        }
    }

    /// <summary>The reference's font table, or the fonts the built-in styles name (LibreOffice substitutes Carlito for Calibri).</summary>
    private void AddFonts(PackageBuilder package)
    {
        if (reference?.Fonts is { } fonts)
        {
            AddPart(package, ids.FontTable, DocxParts.FontTable, DocxParts.FontTableType, DocxParts.FontTableRelationship, fonts);
            return;
        }

        AddSharedPart(package, "built-in", ids.FontTable, DocxParts.FontTable, DocxParts.FontTableType, DocxParts.FontTableRelationship, () => new Fonts(
            Font(Palette.BodyFont, "020F0502020204030204", FontFamilyValues.Swiss, FontPitchValues.Variable),
            Font(Palette.CodeFont, "020B0609020204030204", FontFamilyValues.Modern, FontPitchValues.Fixed)));
    }

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
