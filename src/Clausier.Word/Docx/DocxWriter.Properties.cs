using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.CustomProperties;
using Clausier.Word.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace Clausier.Word.Docx;

internal sealed partial class DocxWriter
{
    public const string Creator = "Clausier.Docs";

    /// <summary>FMTID_UserDefinedProperties, the property set every custom document property belongs to.</summary>
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private void AddProperties(PackageBuilder package)
    {
        var core = CoreProperties();
        package.AddPart(DocxParts.CoreProperties, DocxParts.CorePropertiesType, s => core.Save(s, SaveOptions.DisableFormatting));
        package.AddRelationship(PackageBuilder.PackageSource, new(PartIds.CoreProperties, DocxParts.CorePropertiesRelationship, DocxParts.CoreProperties));

        var custom = new Properties(ManifestProperties.From(manifest).Select((p, i) =>
            new CustomDocumentProperty(new VTLPWSTR(Clean(p.Value))) { FormatId = UserDefinedFormatId, PropertyId = i + 2, Name = p.Name }));
        package.AddPart(DocxParts.CustomProperties, DocxParts.CustomPropertiesType, custom.Save);
        package.AddRelationship(PackageBuilder.PackageSource, new(PartIds.CustomProperties, DocxParts.CustomPropertiesRelationship, DocxParts.CustomProperties));
    }

    private XDocument CoreProperties()
    {
        var time = options.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var identity = manifest.Identity;
        return new XDocument(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", Clean(frontMatter.Title ?? $"{identity.CatalogueName} – {identity.TenderReference}")),
            new XElement(Dc + "subject", Clean(frontMatter.Subject ?? $"{identity.TenderReference}, lot {identity.Lot}")),
            new XElement(Dc + "creator", Creator),
            new XElement(Cp + "lastModifiedBy", Creator),
            new XElement(Dc + "language", frontMatter.Language),
            options.Description is { } description ? new XElement(Dc + "description", Clean(description)) : null,
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), time),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), time)));
    }

    private static string Clean(string text) => WordText.Clean(text);
}
