using System.Text;
using System.Xml;

namespace Clausier.Word.Packaging;

/// <summary>
/// The two kinds of part every OPC package has (ECMA-376 Part 2, §10.1.2 and §9.3). Content types follow
/// System.IO.Packaging's rule, so packages read the same as before: the first part of an extension sets its
/// <c>Default</c>, a part of another type gets an <c>Override</c>, in the order parts were added.
/// </summary>
internal static class PackageXml
{
    public const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static XmlWriter Writer(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });

    public static void WriteContentTypes(Stream stream, IReadOnlyList<PackageEntry> parts)
    {
        var defaults = new List<(string Extension, string ContentType)>();
        var overrides = new List<PackageEntry>();
        foreach (var part in parts)
        {
            var extension = Path.GetExtension(part.Name).TrimStart('.').ToLowerInvariant();
            var known = defaults.FindIndex(d => d.Extension == extension);
            if (known < 0)
            {
                defaults.Add((extension, part.ContentType));
            }
            else if (defaults[known].ContentType != part.ContentType)
            {
                overrides.Add(part);
            }
        }

        defaults.Add(("rels", RelationshipsContentType));
        using var writer = Writer(stream);
        writer.WriteStartDocument();
        writer.WriteStartElement("Types", ContentTypesNamespace);
        foreach (var (extension, contentType) in defaults)
        {
            writer.WriteStartElement("Default", ContentTypesNamespace);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        foreach (var part in overrides)
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", part.Name);
            writer.WriteAttributeString("ContentType", part.ContentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    public static void WriteRelationships(Stream stream, IEnumerable<PackageRelationship> relationships)
    {
        using var writer = Writer(stream);
        writer.WriteStartDocument();
        writer.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            writer.WriteStartElement("Relationship", RelationshipsNamespace);
            writer.WriteAttributeString("Type", relationship.Type);
            writer.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }

            writer.WriteAttributeString("Id", relationship.Id);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
