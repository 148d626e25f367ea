using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>
    /// The glossary document holding one placeholder building block per sentence (<c>w:docPart</c>,
    /// gallery "placeholder"), which controls name in <c>w:placeholder/w:docPart</c>. Word shows it in
    /// an empty control and restores it when the candidate clears one.
    /// </summary>
    private void WriteGlossary(MainDocumentPart main)
    {
        if (state.Placeholders.Count == 0)
        {
            return;
        }

        var placeholderStyle = state.Styles.Id(StyleNames.PlaceholderText);
        var glossary = main.AddNewPart<GlossaryDocumentPart>(ids.Glossary);
        glossary.GlossaryDocument = new GlossaryDocument(new DocParts(
            state.Placeholders.Select(p => DocPart(p.Key, p.Value, placeholderStyle))));
        glossary.AddNewPart<StyleDefinitionsPart>("rId1").Styles = (Styles)state.Styles.Styles.CloneNode(true);
    }

    private DocPart DocPart(string name, string sentence, string placeholderStyle) =>
        new(
            new DocPartProperties(
                new DocPartName { Val = name },
                new Category(new Name { Val = "General" }, new Gallery { Val = DocPartGalleryValues.Placeholder }),
                new DocPartTypes(new DocPartType { Val = DocPartValues.SdtPlaceholder }),
                new Behaviors(new Behavior { Val = DocPartBehaviorValues.Content }),
                new DocPartId { Val = StableGuid(name) }),
            new DocPartBody(new Paragraph(state.Run(sentence, null, new RunProperties(new RunStyle { Val = placeholderStyle }))!)));

    /// <summary>A GUID derived from a name, so that building-block ids are the same on every run.</summary>
    internal static string StableGuid(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString("B").ToUpperInvariant();
}
