using System.IO.Compression;
using System.Xml.Linq;
using Clausier.Forms.Package;
using Clausier.Zip;

namespace Clausier.Forms.Prefill;

/// <summary>
/// Writes the prefilled package: every part of the buyer's annex as it was inflated, except the main
/// document (answers filled) and, when comments were added, the comments part with its relationship and
/// content type. Entries come in a fixed order (content types, package relationships, then by name) with
/// one fixed time, so the same inputs give the same bytes.
/// </summary>
internal static class PrefilledPackage
{
    private const string ContentTypesPart = "[Content_Types].xml";

    /// <param name="existingComments">The annex's own comments part when it had one (then extended in place).</param>
    public static byte[] Write(SafePackage package, string mainPart, byte[] mainDocument, ReviewComments? comments, string? existingComments, DateTimeOffset timestamp)
    {
        var replaced = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase) { [mainPart] = mainDocument };
        if (comments is not null)
        {
            var commentsPart = existingComments ?? UniqueCommentsPart(package);
            replaced[commentsPart] = AnnexPrefiller.Save(comments.Part);
            if (existingComments is null)
            {
                var relsPart = RelationshipsPart(mainPart);
                replaced[relsPart] = AddRelationship(package, relsPart, RelativeTarget(mainPart, commentsPart), comments.Part.Root!.Name.NamespaceName);
                replaced[ContentTypesPart] = AddOverride(package, "/" + commentsPart);
            }
        }

        var names = DeterministicZipWriter.PackageOrder(package.PartNames.Concat(replaced.Keys).Distinct(StringComparer.OrdinalIgnoreCase), n => n);
        return DeterministicZipWriter.Write(timestamp, zip =>
        {
            foreach (var name in names)
            {
                if (replaced.TryGetValue(name, out var bytes))
                {
                    zip.Add(name, bytes, CompressionLevel.Optimal);
                }
                else
                {
                    using var original = package.Read(name);
                    zip.Add(name, original.Segment, CompressionLevel.Optimal);
                }
            }
        });
    }

    private static string UniqueCommentsPart(SafePackage package)
    {
        var name = ReviewComments.PartName;
        for (var i = 2; package.Exists(name); i++)
        {
            name = $"word/comments{i}.xml";
        }

        return name;
    }

    private static string RelationshipsPart(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }

    private static string RelativeTarget(string mainPart, string commentsPart)
    {
        var folder = mainPart.LastIndexOf('/') is var slash and >= 0 ? mainPart[..(slash + 1)] : "";
        return commentsPart.StartsWith(folder, StringComparison.Ordinal) ? commentsPart[folder.Length..] : "/" + commentsPart;
    }

    private static byte[] AddRelationship(SafePackage package, string relsPart, string target, string wordNamespace)
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        var rels = package.Exists(relsPart)
            ? package.LoadXml(relsPart)
            : new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(ns + "Relationships"));
        var root = rels.Root!;
        var ids = root.Elements().Select(e => (string?)e.Attribute("Id")).ToHashSet(StringComparer.Ordinal);
        var id = "rIdClausierComments";
        for (var i = 2; ids.Contains(id); i++)
        {
            id = $"rIdClausierComments{i}";
        }

        var type = wordNamespace == Document.Wml.StrictUri
            ? "http://purl.oclc.org/ooxml/officeDocument/relationships/comments"
            : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
        root.Add(new XElement(root.Name.Namespace + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target)));
        return AnnexPrefiller.Save(rels);
    }

    private static byte[] AddOverride(SafePackage package, string partName)
    {
        var types = package.LoadXml(ContentTypesPart);
        var root = types.Root!;
        root.Add(new XElement(root.Name.Namespace + "Override", new XAttribute("PartName", partName), new XAttribute("ContentType", ReviewComments.ContentType)));
        return AnnexPrefiller.Save(types);
    }
}
