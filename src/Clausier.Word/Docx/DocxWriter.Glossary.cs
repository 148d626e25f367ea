using System.Security.Cryptography;
using System.Text;
using Clausier.Core.Packaging;
using Clausier.Word.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>
    /// The glossary document holding one placeholder building block per sentence (<c>w:docPart</c>,
    /// gallery "placeholder"), which controls name in <c>w:placeholder/w:docPart</c>. Word shows it in
    /// an empty control and restores it when the candidate clears one.
    /// </summary>
    private void AddGlossary(PackageBuilder package)
    {
        if (state.Placeholders.Count == 0)
        {
            return;
        }

        var placeholderStyle = state.Styles.Id(StyleNames.PlaceholderText);
        var glossary = new GlossaryDocument(new DocParts(state.Placeholders.Select(p => DocPart(p.Key, p.Value, placeholderStyle))));
        AddPart(package, ids.Glossary, DocxParts.Glossary, DocxParts.GlossaryType, DocxParts.GlossaryRelationship, glossary);

        // The same styles as the main document: serialised twice rather than cloned.
        AddStylesPart(package, "rId1", DocxParts.GlossaryStyles, DocxParts.Glossary);
    }

    private DocPart DocPart(string name, string sentence, string placeholderStyle) =>
        new(
            new DocPartProperties(
                new DocPartName { Val = name },
                new Category(new Name { Val = "General" }, new Gallery { Val = DocPartGalleryValues.Placeholder }),
                new DocPartTypes(new DocPartType { Val = DocPartValues.SdtPlaceholder }),
                new Behaviors(new Behavior { Val = DocPartBehaviorValues.Content }),
                new DocPartId { Val = StableGuid(name) }),
            new DocPartBody(new Paragraph(SdkRun(sentence, new RunProperties(new RunStyle { Val = placeholderStyle }))!)));

    /// <summary>A GUID derived from a name, so that building-block ids are the same on every run.</summary>
    internal static string StableGuid(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString("B").ToUpperInvariant();
}
