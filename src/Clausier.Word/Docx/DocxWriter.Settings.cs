using Clausier.Word.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    /// <summary>
    /// Settings in schema order. <c>w:updateFields</c> makes Word refresh the TOC (and its page numbers)
    /// when the document is opened; compatibility mode 15 is Word 2013 and later layout.
    /// </summary>
    private void AddSettings(PackageBuilder package) =>
        AddSharedPart(package, frontMatter.Language, ids.Settings, DocxParts.Settings, DocxParts.SettingsType, DocxParts.SettingsRelationship, () => new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new UpdateFieldsOnOpen { Val = true },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = frontMatter.Language },
            new DecimalSymbol { Val = "," },
            new ListSeparator { Val = ";" }));
}
