using System.Xml.Linq;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>A DOCX held as zip entries, with its main document as LINQ to XML, for tests that edit a file as an editor would.</summary>
public sealed class DocxPackage
{
    public const string DocumentPart = "word/document.xml";

    private readonly List<(string Name, byte[] Data)> _entries;
    private XDocument? _document;

    private DocxPackage(List<(string, byte[])> entries) => _entries = entries;

    public static DocxPackage Load(byte[] docx) => new(ZipEntries.Read(docx));

    public XDocument Document => _document ??= Xml(DocumentPart);

    public IEnumerable<string> Names => _entries.Select(e => e.Name);

    public bool Contains(string name) => _entries.Exists(e => e.Name == name);

    public XDocument Xml(string name) =>
        XDocument.Load(new MemoryStream(_entries.First(e => e.Name == name).Data), LoadOptions.PreserveWhitespace);

    public void SetXml(string name, XDocument xml) => Set(name, System.Text.Encoding.UTF8.GetBytes(xml.Declaration + xml.ToString(SaveOptions.DisableFormatting)));

    public void Set(string name, byte[] data)
    {
        var index = _entries.FindIndex(e => e.Name == name);
        if (index >= 0)
        {
            _entries[index] = (name, data);
        }
        else
        {
            _entries.Add((name, data));
        }
    }

    public void Remove(Func<string, bool> which)
    {
        if (which(DocumentPart))
        {
            _document = null;
        }

        _entries.RemoveAll(e => which(e.Name));
    }

    public byte[] Save()
    {
        if (_document is not null)
        {
            SetXml(DocumentPart, _document);
        }

        return ZipEntries.Write(_entries);
    }
}
