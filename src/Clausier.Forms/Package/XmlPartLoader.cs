using System.Text;
using System.Xml;
using System.Xml.Linq;
using Clausier.Core.Annex;

namespace Clausier.Forms.Package;

/// <summary>
/// Loads an XML part of an untrusted package into LINQ to XML, building the tree itself so that depth,
/// element and paragraph counts are bounded while reading (a deep tree would overflow the recursive
/// walkers; a huge one would exhaust memory). DTDs are refused (<see cref="SafeXml"/>); characters XML
/// forbids are let through here and removed, with a warning, from the text taken out of the document.
/// </summary>
internal static class XmlPartLoader
{
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    public static XDocument Load(ArraySegment<byte> data, string partName, ReaderLimits limits, bool isMainDocument = false)
    {
        var settings = SafeXml.ReaderSettings.Clone();
        settings.CheckCharacters = false;
        settings.IgnoreComments = true;
        settings.IgnoreProcessingInstructions = true;
        settings.MaxCharactersInDocument = limits.MaxPartBytes;
        settings.CloseInput = true;

        try
        {
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), settings);
                return Build(reader, partName, limits, isMainDocument);
            }
            catch (XmlException) when (!HasDoctype(data) && EscapeInvalidCharacters(data) is { } escaped)
            {
                // Raw control characters fail even with CheckCharacters off; as character references
                // they pass, and the text reader removes and counts them like any other.
                using var reader = XmlReader.Create(new StringReader(escaped), settings);
                return Build(reader, partName, limits, isMainDocument);
            }
        }
        catch (XmlException ex) when (HasDoctype(data) || ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new RefusedException(ProblemCodes.XmlDtdRefused,
                $"{partName} declares a DOCTYPE (DTD), which Office never writes: refused as a possible XML entity attack",
                $"la partie {partName} déclare une DTD, ce qu'Office n'écrit jamais : refusée comme possible attaque par entités XML");
        }
        catch (XmlException ex)
        {
            throw new RefusedException(ProblemCodes.XmlMalformed,
                $"{partName} is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {FirstSentence(ex.Message)}",
                $"la partie {partName} n'est pas du XML bien formé (ligne {ex.LineNumber}, position {ex.LinePosition}) : le fichier est endommagé");
        }
    }

    private static XDocument Build(XmlReader reader, string partName, ReaderLimits limits, bool isMainDocument)
    {
        var document = new XDocument();
        XElement? current = null;
        var depth = 0;
        var elements = 0;
        var paragraphs = 0;

        // Formatting properties hold no answer and are most of a Word document's elements: their
        // subtrees are not built, except for the revision marks they may carry (rPrChange, a paragraph
        // mark's ins/del…), which are kept as direct children so tracked changes are still reported.
        var skipping = -1;
        var names = new NameCache(reader.NameTable);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (++elements > limits.MaxXmlElements)
                    {
                        throw Limit(partName, $"more than {limits.MaxXmlElements:N0} XML elements", $"plus de {limits.MaxXmlElements:N0} éléments XML");
                    }

                    if (reader.Depth >= limits.MaxXmlDepth)
                    {
                        throw Limit(partName, $"XML nested more than {limits.MaxXmlDepth} levels deep", $"plus de {limits.MaxXmlDepth} niveaux d'imbrication XML");
                    }

                    if (skipping >= 0)
                    {
                        if (Document.Wml.IsRevision(reader.LocalName))
                        {
                            current!.Add(NewElement(reader, names));
                        }

                        break;
                    }

                    var element = NewElement(reader, names);
                    if (isMainDocument && reader.LocalName == "p" && ++paragraphs > limits.MaxParagraphs)
                    {
                        throw Limit(partName, $"more than {limits.MaxParagraphs:N0} paragraphs", $"plus de {limits.MaxParagraphs:N0} paragraphes");
                    }

                    if (current is null)
                    {
                        document.Add(element);
                    }
                    else
                    {
                        current.Add(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        depth++;
                        current = element;
                        if (isMainDocument && IsFormatting(reader))
                        {
                            skipping = reader.Depth;
                        }
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (skipping >= 0 && reader.Depth > skipping)
                    {
                        break;
                    }

                    skipping = -1;
                    depth--;
                    current = current?.Parent;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (skipping < 0)
                    {
                        current?.Add(new XText(reader.Value));
                    }

                    break;
                default:
                    break;
            }
        }

        return document;
    }

    private static XElement NewElement(XmlReader reader, NameCache names)
    {
        var element = new XElement(names.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (!ReferenceEquals(reader.NamespaceURI, names.Xmlns) && reader.NamespaceURI != XmlnsUri)
                {
                    element.Add(new XAttribute(names.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }

    /// <summary>
    /// XNames by the reader's atomised strings: the reader hands out the same string instance for the
    /// same name, so a reference lookup replaces XName.Get's two hashed look-ups per element and attribute.
    /// </summary>
    private sealed class NameCache(XmlNameTable table)
    {
        private readonly Dictionary<(string, string), XName> _names = new(ReferencePairComparer.Instance);

        public string Xmlns { get; } = table.Add(XmlnsUri);

        public XName Get(string localName, string namespaceUri)
        {
            if (!_names.TryGetValue((localName, namespaceUri), out var name))
            {
                name = XName.Get(localName, namespaceUri);
                _names[(localName, namespaceUri)] = name;
            }

            return name;
        }
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(string, string)>
    {
        public static ReferencePairComparer Instance { get; } = new();

        public bool Equals((string, string) x, (string, string) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }

    private static bool IsFormatting(XmlReader reader) =>
        reader.LocalName is "rPr" or "pPr" or "tblPr" or "trPr" or "tcPr" or "tblGrid" or "sectPr" or "tblPrEx"
        && reader.NamespaceURI is Document.Wml.TransitionalUri or Document.Wml.StrictUri;

    private static RefusedException Limit(string partName, string what, string whatFr) =>
        new(ProblemCodes.XmlLimitExceeded, $"{partName} has {what}; refused (limit of the reader)",
            $"la partie {partName} a {whatFr} : refusée (limite du lecteur)");

    /// <summary>The part's text with raw characters XML forbids written as character references; null when it has none.</summary>
    private static string? EscapeInvalidCharacters(ArraySegment<byte> data)
    {
        using var reader = new StreamReader(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var builder = new StringBuilder(text.Length);
        var found = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                found = true;
                builder.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return found ? builder.ToString() : null;
    }

    private static bool HasDoctype(ArraySegment<byte> data)
    {
        var head = Encoding.UTF8.GetString(data.Array!, data.Offset, Math.Min(data.Count, 64 * 1024));
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
