using System.IO.Packaging;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Clausier.Core.Annex;

namespace Clausier.Word.Packaging;

/// <summary>
/// Adds the manifest as <c>/customXml/item1.xml</c> with its properties part <c>itemProps1.xml</c>.
/// Done on the saved package rather than through the SDK because the SDK names the first custom XML
/// part <c>item.xml</c>, and the form contract (and Word's own habit) is <c>item1.xml</c>.
/// </summary>
internal static class ManifestPart
{
    public static readonly Uri ItemUri = new("/customXml/item1.xml", UriKind.Relative);

    public static readonly Uri PropertiesUri = new("/customXml/itemProps1.xml", UriKind.Relative);

    private const string CustomXmlRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    private const string PropertiesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    private const string PropertiesContentType = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
    private static readonly XNamespace Ds = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

    public static byte[] Add(byte[] docx, AnnexManifest manifest, string relationshipId)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = Package.Open(stream, FileMode.Open, FileAccess.ReadWrite))
        {
            var item = package.CreatePart(ItemUri, "application/xml", CompressionOption.Normal);
            Save(AnnexManifestXml.ToXml(manifest), item);
            var properties = package.CreatePart(PropertiesUri, PropertiesContentType, CompressionOption.Normal);
            Save(DataStoreItem(manifest), properties);
            item.CreateRelationship(new Uri("itemProps1.xml", UriKind.Relative), TargetMode.Internal, PropertiesRelationship, "rId1");
            package.GetPart(new Uri("/word/document.xml", UriKind.Relative))
                .CreateRelationship(new Uri("../customXml/item1.xml", UriKind.Relative), TargetMode.Internal, CustomXmlRelationship, relationshipId);
        }

        return stream.ToArray();
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

    private static void Save(XDocument document, PackagePart part)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        document.Save(writer);
    }
}
