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
    /// <param name="beforeJoin">
    /// Given the body, complete up to where the main document's second half begins, when the reading
    /// thread is about to wait for that half (<see cref="DocumentTail.TryJoin"/>): work on the blocks
    /// read so far costs nothing there.
    /// </param>
    public static XDocument Load(ArraySegment<byte> data, string partName, ReaderLimits limits, bool isMainDocument = false, Action<XElement>? beforeJoin = null) =>
        Load(data, partName, limits, isMainDocument, isMainDocument ? DocumentTail.Start(data, partName, limits) : null, beforeJoin);

    /// <param name="tail">The main document's second half, parsed on another core (<see cref="DocumentTail"/>); finished here.</param>
    /// <param name="beforeJoin">See <see cref="Load(ArraySegment{byte}, string, ReaderLimits, bool, Action{XElement}?)"/>.</param>
    internal static XDocument Load(ArraySegment<byte> data, string partName, ReaderLimits limits, bool isMainDocument, DocumentTail? tail, Action<XElement>? beforeJoin = null)
    {
        var settings = Settings(limits);
        try
        {
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), settings);
                return Build(reader, partName, limits, isMainDocument, tail, out _, out _, beforeJoin: beforeJoin);
            }
            catch (XmlException) when (!HasDoctype(data) && EscapeInvalidCharacters(data) is { } escaped)
            {
                // Raw control characters fail even with CheckCharacters off; as character references
                // they pass, and the text reader removes and counts them like any other.
                using var reader = XmlReader.Create(new StringReader(escaped), settings);
                return Build(reader, partName, limits, isMainDocument, null, out _, out _);
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
        finally
        {
            tail?.Finish();
        }
    }

    /// <summary>
    /// Parses the second half of a main document under its root and body start tags (<see cref="DocumentTail"/>),
    /// counting its elements and paragraphs, those two included; throws whatever the half holds, untranslated.
    /// </summary>
    /// <param name="abandoned">Asked now and then: once the reading thread no longer needs the half, the parse stops.</param>
    public static XDocument LoadTail(ArraySegment<byte> data, string partName, ReaderLimits limits, Func<bool> abandoned, out int elements, out int paragraphs)
    {
        using var reader = XmlReader.Create(new MemoryStream(data.Array!, data.Offset, data.Count, writable: false), Settings(limits));
        return Build(reader, partName, limits, isMainDocument: true, null, out elements, out paragraphs, abandoned);
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

    private static XDocument Build(XmlReader reader, string partName, ReaderLimits limits, bool isMainDocument, DocumentTail? tail,
        out int elements, out int paragraphs, Func<bool>? abandoned = null, Action<XElement>? beforeJoin = null)
    {
        var builder = new PartTreeBuilder(reader, isMainDocument);
        elements = 0;
        paragraphs = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (tail is not null && reader.Depth == 2 && tail.Begins(reader))
                    {
                        if (tail.TryJoin(reader, builder, elements, paragraphs, beforeJoin))
                        {
                            return builder.Document;
                        }

                        tail = null;
                    }

                    if ((elements & 4095) == 0 && abandoned?.Invoke() == true)
                    {
                        throw new OperationCanceledException();
                    }

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
                    break;
                default:
                    break;
            }
        }

        return builder.Document;
    }

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
