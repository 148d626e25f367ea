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
    public static XDocument Load(ArraySegment<byte> data, string partName, ReaderLimits limits, bool isMainDocument = false) =>
        PlainXmlScanner.TryLoad(data, limits, isMainDocument) ?? LoadWithXmlReader(data, partName, limits, isMainDocument);

    /// <summary>The part read by <c>XmlReader</c>, whatever it holds: what <see cref="Load"/> falls back on.</summary>
    internal static XDocument LoadWithXmlReader(ArraySegment<byte> data, string partName, ReaderLimits limits, bool isMainDocument)
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
            throw RefusedException.Of("CLZ4013", partName);
        }
        catch (XmlException ex)
        {
            throw RefusedException.Of("CLZ4014", partName, ex.LineNumber, ex.LinePosition, FirstSentence(ex.Message));
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
                        throw RefusedException.Of("CLZ4015.elements", partName, limits.MaxXmlElements);
                    }

                    if (reader.Depth >= limits.MaxXmlDepth)
                    {
                        throw RefusedException.Of("CLZ4015.depth", partName, limits.MaxXmlDepth);
                    }

                    if (isMainDocument && reader.LocalName == "p" && ++paragraphs > limits.MaxParagraphs)
                    {
                        throw RefusedException.Of("CLZ4015.paragraphs", partName, limits.MaxParagraphs);
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
                        throw RefusedException.Of("CLZ4015.text", partName, limits.MaxPartTextChars);
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
