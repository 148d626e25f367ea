using Clausier.Core.Annex;
using Clausier.Word.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// Assembles the package from a rendered <see cref="WriterState"/>: main document, styles, numbering,
/// fonts, settings, header and footer, glossary of placeholders, properties. Parts are added in a fixed
/// order with explicit relationship ids, so the same input gives the same package.
/// </summary>
internal sealed partial class DocxWriter(
    WriterState state,
    PartIds ids,
    FrontMatter frontMatter,
    ReferenceDocument? reference,
    AnnexManifest manifest,
    WordOptions options)
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>The package as saved by the SDK, before the manifest part is added and the zip normalised.</summary>
    public byte[] Save()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, PartIds.MainDocument);
            WriteDocument(main);
            WriteStyles(main);
            WriteNumbering(main);
            WriteFonts(main);
            WriteTheme(main);
            WriteSettings(main);
            WriteHeaderAndFooter(main);
            WriteGlossary(main);
            WriteProperties(package);
        }

        return stream.ToArray();
    }

    private void WriteDocument(MainDocumentPart main)
    {
        var body = state.Body;
        if (body.LastChild is Table)
        {
            body.Append(new Paragraph()); // Word expects the body to end with a paragraph
        }

        foreach (var empty in body.Descendants<ParagraphProperties>().Where(p => !p.HasChildren).ToList())
        {
            empty.Remove();
        }

        body.Append(state.Layout.Section(HasHeader ? ids.Header : null, ids.Footer));
        main.Document = new Document(body);
        foreach (var (id, target) in state.Hyperlinks)
        {
            main.AddHyperlinkRelationship(target, isExternal: true, id);
        }
    }

    private void WriteTheme(MainDocumentPart main)
    {
        if (reference?.Theme is { } theme)
        {
            using var stream = new MemoryStream(theme, writable: false);
            main.AddNewPart<ThemePart>(ids.Theme).FeedData(stream);
        }
    }
}
