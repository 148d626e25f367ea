using System.Text;
using System.Xml;
using System.Xml.Linq;
using Clausier.Forms.Document;

namespace Clausier.Forms.Package;

/// <summary>
/// Builds the LINQ to XML tree of a part from the reader's events. Of the main document only what the
/// reader reads is built: formatting properties and the content-control properties nobody reads
/// (alias, lock, placeholder…) are most of a Word document's elements, so their subtrees are skipped,
/// except for the revision marks they may carry (rPrChange, a paragraph mark's ins/del…), which are
/// kept as direct children of the skipped element so tracked changes are still reported. That element
/// is itself created only when such a mark needs a parent.
/// </summary>
/// <remarks>
/// Text is read in chunks and each text node kept up to one character past
/// <see cref="ReaderLimits.MaxAnswerChars"/> (or a floor far above any clause's paragraph): an answer
/// of a hundred million characters in one node is read as cut (CLZ4026) without ever being held whole,
/// by the XML reader or by the tree.
/// </remarks>
internal sealed class PartTreeBuilder(XmlReader reader, bool isMainDocument, ReaderLimits limits)
{
    private const int ChunkLength = 4096;

    private const int MinNodeChars = 64 * 1024;

    private readonly XDocument _document = new();
    private readonly PartNames _names = new(reader.NameTable);
    private XElement? _current;

    // Depth of the element whose subtree is being skipped (-1: none), its name as the reader gave it
    // (made an XName only if needed), and the element once a revision mark inside it made it necessary.
    private int _skipping = -1;
    private string? _skippedLocalName;
    private string? _skippedNamespace;
    private XElement? _skipped;

    // Depth of the run text or field instruction being read (-1: none); text elsewhere in the main
    // document is indentation or content the reader never looks at.
    private int _readText = -1;

    private readonly int _maxNodeChars = MaxNodeChars(limits);
    private char[]? _chunk;

    public XDocument Document => _document;

    /// <summary>The length at which a text node is cut: one past what any field keeps.</summary>
    public static int MaxNodeChars(ReaderLimits limits) => (int)Math.Min((long)Math.Max(limits.MaxAnswerChars, MinNodeChars) + 1, Array.MaxLength);

    /// <summary>Characters of text kept in the tree so far.</summary>
    public long TextKept { get; private set; }

    /// <summary>Whether a text node was cut; the element holding it carries <see cref="CutText"/>.</summary>
    public bool AnyCut { get; private set; }

    public void StartElement()
    {
        if (_skipping >= 0)
        {
            KeepRevision();
            return;
        }

        if (isMainDocument && IsSkipped())
        {
            if (!reader.IsEmptyElement)
            {
                _skipping = reader.Depth;
                _skippedLocalName = reader.LocalName;
                _skippedNamespace = reader.NamespaceURI;
            }

            return;
        }

        var element = NewElement();
        if (_current is null)
        {
            _document.Add(element);
        }
        else
        {
            _current.Add(element);
        }

        if (!reader.IsEmptyElement)
        {
            _current = element;
            if (_readText < 0 && _names.HoldsReadText(element.Name))
            {
                _readText = reader.Depth;
            }
        }
    }

    public void EndElement()
    {
        if (_skipping >= 0)
        {
            if (reader.Depth == _skipping)
            {
                _skipping = -1;
                _skipped = null;
            }

            return;
        }

        if (reader.Depth == _readText)
        {
            _readText = -1;
        }

        _current = _current?.Parent;
    }

    public void Text()
    {
        if (_skipping < 0 && _current is not null && (!isMainDocument || _readText >= 0))
        {
            // A string, not an XText: LINQ to XML keeps an element's only text as its content.
            var text = ReadText();
            TextKept += text.Length;
            _current.Add(text);
        }
    }

    /// <summary>The current text node, cut at <see cref="_maxNodeChars"/>; the rest is read through and dropped.</summary>
    private string ReadText()
    {
        if (!reader.CanReadValueChunk)
        {
            var value = reader.Value;
            if (value.Length < _maxNodeChars)
            {
                return value;
            }

            Cut();
            return value[.._maxNodeChars];
        }

        var chunk = _chunk ??= new char[ChunkLength];
        var (length, ended) = Fill(chunk);
        if (ended)
        {
            // The common case, a node shorter than a chunk: one string, no builder.
            if (length >= _maxNodeChars)
            {
                Cut();
                length = _maxNodeChars;
            }

            return new string(chunk, 0, length);
        }

        var kept = new StringBuilder(chunk.Length * 2);
        while (length > 0 && kept.Length < _maxNodeChars)
        {
            kept.Append(chunk, 0, Math.Min(length, _maxNodeChars - kept.Length));
            (length, _) = Fill(chunk);
        }

        if (kept.Length == _maxNodeChars)
        {
            Cut();
        }

        return kept.ToString();
    }

    private void Cut()
    {
        AnyCut = true;
        _current!.AddAnnotation(CutText.Mark);
    }

    /// <summary>
    /// Reads the current node into <paramref name="chunk"/> until it is full or the node ends; two places
    /// are always asked for, as the XML reader never splits a surrogate pair.
    /// </summary>
    private (int Length, bool Ended) Fill(char[] chunk)
    {
        var length = 0;
        while (chunk.Length - length >= 2)
        {
            var read = reader.ReadValueChunk(chunk, length, chunk.Length - length);
            if (read == 0)
            {
                return (length, true);
            }

            length += read;
        }

        return (length, false);
    }

    private void KeepRevision()
    {
        if (!Wml.IsRevision(reader.LocalName))
        {
            return;
        }

        if (_current is null)
        {
            // The root itself is being skipped: there is nothing to hang the mark on.
            return;
        }

        if (_skipped is null)
        {
            _skipped = new XElement(_names.Get(_skippedLocalName!, _skippedNamespace!));
            _current.Add(_skipped);
        }

        _skipped.Add(NewElement());
    }

    private bool IsSkipped() =>
        _names.IsWml(reader.NamespaceURI)
        && (BuiltSubset.IsFormatting(reader.LocalName)
            || (_current is not null && _names.IsSdtPr(_current.Name) && !BuiltSubset.IsReadControlProperty(reader.LocalName)));

    private XElement NewElement()
    {
        var element = new XElement(_names.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (!_names.IsXmlns(reader.NamespaceURI) && (!isMainDocument || BuiltSubset.IsReadAttribute(reader.LocalName)))
                {
                    element.Add(new XAttribute(_names.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }
}
