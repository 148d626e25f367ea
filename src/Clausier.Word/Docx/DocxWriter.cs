using Clausier.Core.Annex;
using Clausier.Word.Markdown;
using Clausier.Word.Packaging;
using Clausier.Word.Wml;
using DocumentFormat.OpenXml;

namespace Clausier.Word.Docx;

/// <summary>
/// Assembles the package from a rendered <see cref="WriterState"/>: main document, styles, numbering,
/// fonts, settings, header and footer, glossary of placeholders, properties. Parts are added in a fixed
/// order with explicit relationship ids, so the same input gives the same package.
/// </summary>
/// <remarks>
/// Each part is serialised straight into its compressor (the main document from its light tree, the
/// small parts by the SDK): going through <c>WordprocessingDocument</c> buffered every part, compressed
/// it, and the zip then had to be rewritten for determinism, which cost more than rendering the document.
/// </remarks>
internal sealed partial class DocxWriter(
    WriterState state,
    PartIds ids,
    FrontMatter frontMatter,
    ReferenceDocument? reference,
    AnnexManifest manifest,
    WordOptions options,
    PartCache cache)
{
    /// <summary>Registers every part of the annex, manifest excepted, with <paramref name="package"/>.</summary>
    public void AddTo(PackageBuilder package)
    {
        package.AddRelationship(PackageBuilder.PackageSource, new(PartIds.MainDocument, DocxParts.OfficeDocumentRelationship, DocxParts.MainDocument));
        AddDocument(package);
        AddStyles(package);
        AddNumbering(package);
        AddFonts(package);
        AddTheme(package);
        AddSettings(package);
        AddHeaderAndFooter(package);
        AddGlossary(package);
        AddProperties(package);
    }

    /// <summary>A part of the main document, serialised from <paramref name="root"/> when the package is built.</summary>
    private static void AddPart(PackageBuilder package, string id, string name, string contentType, string relationship, OpenXmlPartRootElement root, string source = DocxParts.MainDocument)
    {
        package.AddPart(name, contentType, root.Save);
        package.AddRelationship(source, new(id, relationship, name));
    }

    /// <summary>
    /// A part of the main document that many annexes share, taken from <see cref="PartCache"/> under a key
    /// naming everything <paramref name="root"/> is made from; <paramref name="root"/> is built only when not there.
    /// </summary>
    private void AddSharedPart(PackageBuilder package, string key, string id, string name, string contentType, string relationship, Func<OpenXmlPartRootElement> root, string source = DocxParts.MainDocument)
    {
        package.AddPart(name, contentType, () => cache.GetOrAdd($"{name}\n{key}", stream => root().Save(stream)));
        package.AddRelationship(source, new(id, relationship, name));
    }

    /// <summary>The body ended (a paragraph after a final table, the section properties) and the main document around it.</summary>
    private void AddDocument(PackageBuilder package)
    {
        var section = state.Layout.Section(HasHeader ? ids.Header : null, ids.Footer);
        var document = state.Body.Pending.LastChild?.Name == W.Table
            ? state.Body.Finish(TrailingParagraph.Create(), section)
            : state.Body.Finish(section);
        package.AddPart(DocxParts.MainDocument, DocxParts.MainDocumentType, () => document);
        foreach (var (id, target) in state.Hyperlinks)
        {
            package.AddRelationship(DocxParts.MainDocument, new(id, DocxParts.HyperlinkRelationship, target.OriginalString, External: true));
        }
    }

    private void AddTheme(PackageBuilder package)
    {
        if (reference?.Theme is { } theme)
        {
            package.AddPart(DocxParts.Theme, DocxParts.ThemeType, s => s.Write(theme));
            package.AddRelationship(DocxParts.MainDocument, new(ids.Theme, DocxParts.ThemeRelationship, DocxParts.Theme));
        }
    }
}
