using System.Security.Cryptography;
using System.Text;
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
        GlossaryDocument Glossary() => new(new DocParts(state.Placeholders.Select(p => DocPart(p.Key, p.Value, placeholderStyle))));

        // A sentence with characters XML cannot carry is reported as it is cleaned: that glossary is built each time.
        if (state.Placeholders.All(p => IsPlainText(p.Key) && IsPlainText(p.Value)))
        {
            var key = string.Join('\n', state.Placeholders.Select(p => $"{p.Key}\t{p.Value}").Prepend(placeholderStyle));
            AddSharedPart(package, key, ids.Glossary, DocxParts.Glossary, DocxParts.GlossaryType, DocxParts.GlossaryRelationship, Glossary);
        }
        else
        {
            AddPart(package, ids.Glossary, DocxParts.Glossary, DocxParts.GlossaryType, DocxParts.GlossaryRelationship, Glossary());
        }

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

    /// <summary>Text without tabs, line breaks or characters outside the Basic Multilingual Plane's ordinary range: nothing to clean, nothing to split.</summary>
    private static bool IsPlainText(string text) => text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF') < 0;

    /// <summary>A GUID derived from a name, so that building-block ids are the same on every run.</summary>
    internal static string StableGuid(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString("B").ToUpperInvariant();
}
