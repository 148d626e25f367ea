namespace Clausier.Word.Packaging;

/// <summary>
/// Part names, content types and relationship types of the parts an annex has (ECMA-376 Part 1, §11 and
/// §15). Names are the ones the Open XML SDK gave them when it saved the package, so annexes keep their shape.
/// </summary>
internal static class DocxParts
{
    public const string MainDocument = "/word/document.xml";
    public const string Styles = "/word/styles.xml";
    public const string Numbering = "/word/numbering.xml";
    public const string FontTable = "/word/fontTable.xml";
    public const string Theme = "/word/theme/theme1.xml";
    public const string Settings = "/word/settings.xml";
    public const string Header = "/word/header1.xml";
    public const string Footer = "/word/footer1.xml";
    public const string Glossary = "/word/glossary/document.xml";
    public const string GlossaryStyles = "/word/glossary/styles2.xml";
    public const string CoreProperties = "/docProps/core.xml";
    public const string CustomProperties = "/docProps/custom.xml";

    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public const string MainDocumentType = Wordprocessing + "document.main+xml";
    public const string StylesType = Wordprocessing + "styles+xml";
    public const string NumberingType = Wordprocessing + "numbering+xml";
    public const string FontTableType = Wordprocessing + "fontTable+xml";
    public const string ThemeType = "application/vnd.openxmlformats-officedocument.theme+xml";
    public const string SettingsType = Wordprocessing + "settings+xml";
    public const string HeaderType = Wordprocessing + "header+xml";
    public const string FooterType = Wordprocessing + "footer+xml";
    public const string GlossaryType = Wordprocessing + "document.glossary+xml";
    public const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string CustomPropertiesType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

    public const string OfficeDocumentRelationship = Relationships + "officeDocument";
    public const string StylesRelationship = Relationships + "styles";
    public const string NumberingRelationship = Relationships + "numbering";
    public const string FontTableRelationship = Relationships + "fontTable";
    public const string ThemeRelationship = Relationships + "theme";
    public const string SettingsRelationship = Relationships + "settings";
    public const string HeaderRelationship = Relationships + "header";
    public const string FooterRelationship = Relationships + "footer";
    public const string GlossaryRelationship = Relationships + "glossaryDocument";
    public const string HyperlinkRelationship = Relationships + "hyperlink";
    public const string CustomXmlRelationship = Relationships + "customXml";
    public const string CustomXmlPropertiesRelationship = Relationships + "customXmlProps";
    public const string CorePropertiesRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string CustomPropertiesRelationship = Relationships + "custom-properties";
}
