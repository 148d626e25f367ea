using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Clausier.Core.Annex;

namespace Clausier.Word.Packaging;

/// <summary>
/// Adds the manifest as <c>/customXml/item1.xml</c> with its properties part <c>itemProps1.xml</c>.
/// Named by hand because the SDK names the first custom XML part <c>item.xml</c>, and the form contract
/// (and Word's own habit) is <c>item1.xml</c>.
/// </summary>
internal static class ManifestPart
{
    public const string ItemName = "/customXml/item1.xml";

    public const string PropertiesName = "/customXml/itemProps1.xml";

    private const string PropertiesContentType = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
    private static readonly XNamespace Ds = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

    public static void AddTo(PackageBuilder package, AnnexManifest manifest, string relationshipId)
    {
        var item = AnnexManifestXml.ToXml(manifest);
        package.AddPart(ItemName, "application/xml", s => Save(item, s));
        var properties = DataStoreItem(manifest);
        package.AddPart(PropertiesName, PropertiesContentType, s => Save(properties, s));
        package.AddRelationship(ItemName, new("rId1", DocxParts.CustomXmlPropertiesRelationship, "itemProps1.xml"));
        package.AddRelationship(DocxParts.MainDocument, new(relationshipId, DocxParts.CustomXmlRelationship, "../customXml/item1.xml"));
    }

    /// <summary>The <c>ds:datastoreItem</c> naming the manifest's schema; its item id is derived from the tender, not random.</summary>
    private static XDocument DataStoreItem(AnnexManifest manifest)
    {
        var id = manifest.Identity;
        var seed = Encoding.UTF8.GetBytes($"{AnnexManifestXml.NamespaceUri}|{id.TenderReference}|{id.Lot}|{id.Segment}|{id.CatalogueId}");
        var itemId = new Guid(SHA256.HashData(seed).AsSpan(0, 16)).ToString("B").ToUpperInvariant();
        return new XDocument(new XElement(Ds + "datastoreItem",
            new XAttribute(XNamespace.Xmlns + "ds", Ds),
            new XAttribute(Ds + "itemID", itemId),
            new XElement(Ds + "schemaRefs", new XElement(Ds + "schemaRef", new XAttribute(Ds + "uri", AnnexManifestXml.NamespaceUri)))));
    }

    private static void Save(XDocument document, Stream stream)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        document.Save(writer);
    }
}
