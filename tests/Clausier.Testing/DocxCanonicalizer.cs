using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Clausier.Testing;

/// <summary>
/// A DOCX as readable, stable text for golden files (pandoc's OOXML tests): the sorted list of parts,
/// then each XML part pretty-printed with attributes sorted and volatile values masked; other parts
/// as their SHA-256.
/// </summary>
public static class DocxCanonicalizer
{
    /// <summary>Attributes and elements whose value changes between saves by design (revision ids, paragraph ids).</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal)
    {
        "w:rsidR", "w:rsidRPr", "w:rsidRDefault", "w:rsidP", "w:rsidTr", "w:rsidSect", "w14:paraId", "w14:textId",
    };

    public static string Canonicalize(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var entries = zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("# parts\n");
        foreach (var entry in entries)
        {
            text.Append(entry.FullName).Append('\n');
        }

        foreach (var entry in entries)
        {
            text.Append("\n# ").Append(entry.FullName).Append('\n');
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (IsXml(entry.FullName))
            {
                buffer.Position = 0;
                var root = XDocument.Load(buffer).Root!;
                WriteNamespaces(text, root);
                WriteElement(text, root, 0);
            }
            else
            {
                text.Append("sha256 ").Append(Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal);

    /// <summary>The root's namespace declarations, once, so that elements can be shown by prefix (or bare, in the default namespace).</summary>
    private static void WriteNamespaces(StringBuilder text, XElement root)
    {
        foreach (var declaration in root.Attributes().Where(a => a.IsNamespaceDeclaration).OrderBy(a => a.Name.LocalName, StringComparer.Ordinal))
        {
            var prefix = declaration.Name.Namespace == XNamespace.None ? "xmlns" : $"xmlns:{declaration.Name.LocalName}";
            text.Append("; ").Append(prefix).Append('=').Append(declaration.Value).Append('\n');
        }
    }

    private static void WriteElement(StringBuilder text, XElement element, int depth)
    {
        var indent = new string(' ', depth * 2);
        text.Append(indent).Append('<').Append(Name(element, element.Name));
        foreach (var (name, value) in element.Attributes().Where(a => !a.IsNamespaceDeclaration)
                     .Select(a => (Name: Name(element, a.Name), a.Value))
                     .OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            text.Append(' ').Append(name).Append("=\"").Append(Escape(Volatile.Contains(name) ? "***" : value)).Append('"');
        }

        var children = element.Nodes().Where(n => n is XElement or XText).ToList();
        if (children.Count == 0)
        {
            text.Append("/>\n");
        }
        else if (children.All(n => n is XText))
        {
            text.Append('>').Append(Escape(string.Concat(children.Cast<XText>().Select(t => t.Value))))
                .Append("</").Append(Name(element, element.Name)).Append(">\n");
        }
        else
        {
            text.Append(">\n");
            foreach (var child in children)
            {
                if (child is XElement childElement)
                {
                    WriteElement(text, childElement, depth + 1);
                }
                else
                {
                    text.Append(indent).Append("  ").Append(Escape(((XText)child).Value)).Append('\n');
                }
            }

            text.Append(indent).Append("</").Append(Name(element, element.Name)).Append(">\n");
        }
    }

    private static string Name(XElement scope, XName name)
    {
        if (name.Namespace == XNamespace.None)
        {
            return name.LocalName;
        }

        if (name.Namespace == XNamespace.Xml)
        {
            return $"xml:{name.LocalName}";
        }

        var prefix = scope.GetPrefixOfNamespace(name.Namespace);
        if (prefix is not null)
        {
            return $"{prefix}:{name.LocalName}";
        }

        return name.Namespace == scope.GetDefaultNamespace() ? name.LocalName : $"{{{name.NamespaceName}}}{name.LocalName}";
    }

    private static string Escape(string value) =>
        new XText(value).ToString().Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\n", "&#10;", StringComparison.Ordinal);
}
