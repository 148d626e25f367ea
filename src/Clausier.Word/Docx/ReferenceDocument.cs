using System.Xml;
using Clausier.Core.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>
/// What the writer takes from a reference DOCX, as pandoc's <c>--reference-doc</c>: styles, theme, font
/// table, numbering definitions and page setup. Nothing else of its content is copied.
/// </summary>
internal sealed record ReferenceDocument(Styles? Styles, Fonts? Fonts, Numbering? Numbering, byte[]? Theme, PageLayout Layout)
{
    /// <summary>Reads the reference; null, with an error diagnostic, when it is not a readable DOCX.</summary>
    /// <param name="name">The file's path or name for the diagnostic; null when unknown.</param>
    public static ReferenceDocument? Load(byte[] docx, string? name, DiagnosticBag diagnostics)
    {
        try
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
            var main = package.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
            return new ReferenceDocument(
                (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true),
                (Fonts?)main.FontTablePart?.Fonts?.CloneNode(true),
                (Numbering?)main.NumberingDefinitionsPart?.Numbering?.CloneNode(true),
                ReadTheme(main.ThemePart),
                PageLayout.From(main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException or InvalidOperationException)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ3202", name is null ? null : new FileLocation(name), MessageText.Reason(ex));
            return null;
        }
    }

    private static byte[]? ReadTheme(ThemePart? part)
    {
        if (part is null)
        {
            return null;
        }

        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
