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
/// What of the main document is built is <see cref="PartTreeBuilder"/>'s choice.
/// </summary>
internal static class XmlPartLoader
{
    public static XDocument Load(ArraySegment<byte> data, string partName, ReaderLimits limits, bool isMainDocument = false)
    {
        var settings = Settings(limits);
        try
        {
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), settings);
                return Build(reader, partName, limits, isMainDocument);
            }
            catch (XmlException) when (!HasDoctype(data) && HasCharactersToEscape(data))
            {
                // Raw control characters fail even with CheckCharacters off; as character references
                // they pass, and the text reader removes and counts them like any other.
                using var reader = XmlReader.Create(new EscapingReader(Text(data)), settings);
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

    private static XmlReaderSettings Settings(ReaderLimits limits)
    {
        var settings = SafeXml.ReaderSettings.Clone();
        settings.CheckCharacters = false;
        settings.IgnoreComments = true;
        settings.IgnoreProcessingInstructions = true;
        settings.MaxCharactersInDocument = limits.MaxPartBytes;
        settings.CloseInput = true;
        return settings;
    }

    /// <summary>Builds the tree, counting elements, depth and paragraphs against the limits as it goes.</summary>
    private static XDocument Build(XmlReader reader, string partName, ReaderLimits limits, bool isMainDocument)
    {
        var builder = new PartTreeBuilder(reader, isMainDocument, limits);
        var elements = 0;
        var paragraphs = 0;
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

                    if (isMainDocument && reader.LocalName == "p" && ++paragraphs > limits.MaxParagraphs)
                    {
                        throw Limit(partName, $"more than {limits.MaxParagraphs:N0} paragraphs", $"plus de {limits.MaxParagraphs:N0} paragraphes");
                    }

                    builder.StartElement();
                    break;
                case XmlNodeType.EndElement:
                    builder.EndElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    builder.Text();
                    if (builder.TextKept > limits.MaxPartTextChars)
                    {
                        throw Limit(partName, $"more than {limits.MaxPartTextChars:N0} characters of text", $"plus de {limits.MaxPartTextChars:N0} caractères de texte");
                    }

                    break;
                default:
                    break;
            }
        }

        if (builder.AnyCut)
        {
            builder.Document.AddAnnotation(CutText.Mark);
        }

        return builder.Document;
    }

    private static RefusedException Limit(string partName, string what, string whatFr) =>
        new(ProblemCodes.XmlLimitExceeded, $"{partName} has {what}; refused (limit of the reader)",
            $"la partie {partName} a {whatFr} : refusée (limite du lecteur)");

    private static bool HasCharactersToEscape(ArraySegment<byte> data)
    {
        using var text = Text(data);
        return EscapingReader.AnyToEscape(text);
    }

    private static StreamReader Text(ArraySegment<byte> data) =>
        new(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

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
