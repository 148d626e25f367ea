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
internal sealed class PartTreeBuilder(XmlReader reader, bool isMainDocument)
{
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

    public XDocument Document => _document;

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
            _current.Add(reader.Value);
        }
    }

    private void KeepRevision()
    {
        if (!Wml.IsRevision(reader.LocalName))
        {
            return;
        }

        if (_skipped is null)
        {
            _skipped = new XElement(_names.Get(_skippedLocalName!, _skippedNamespace!));
            _current!.Add(_skipped);
        }

        _skipped.Add(NewElement());
    }

    private bool IsSkipped() =>
        _names.IsWml(reader.NamespaceURI)
        && (IsFormatting(reader.LocalName) || (_current is not null && _names.IsSdtPr(_current.Name) && !IsReadControlProperty(reader.LocalName)));

    private static bool IsFormatting(string localName) =>
        localName is "rPr" or "pPr" or "tblPr" or "trPr" or "tcPr" or "tblGrid" or "sectPr" or "tblPrEx";

    /// <summary>Content-control properties the reader reads (tag, placeholder flag, list items, date).</summary>
    private static bool IsReadControlProperty(string localName) =>
        localName is "tag" or "showingPlcHdr" or "dropDownList" or "comboBox" or "date";

    private XElement NewElement()
    {
        var element = new XElement(_names.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (!_names.IsXmlns(reader.NamespaceURI) && (!isMainDocument || IsReadAttribute(reader.LocalName)))
                {
                    element.Add(new XAttribute(_names.Get(reader.LocalName, reader.NamespaceURI), reader.Value));
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }

    /// <summary>
    /// Attributes the reader reads from the main document; the others (rsids, xml:space, widths…) are
    /// on most elements and would only be allocated to be ignored.
    /// </summary>
    private static bool IsReadAttribute(string localName) =>
        localName is "val" or "id" or "displayText" or "value" or "fullDate" or "instr";
}
