using System.Xml;
using System.Xml.Linq;
using Clausier.Forms.Document;

namespace Clausier.Forms.Package;

/// <summary>
/// XNames by the reader's atomised strings: the reader hands out the same string instance for the
/// same name, so a reference lookup replaces XName.Get's two hashed look-ups per element and attribute,
/// and namespace tests compare references instead of 60-character URIs.
/// </summary>
internal sealed class PartNames(XmlNameTable table)
{
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    // Names by namespace, then by local name, both by reference; a part's names are nearly all in one
    // namespace, so the namespace's table is kept at hand and one reference hash finds a name.
    private readonly Dictionary<string, Dictionary<string, XName>> _byNamespace = new(ReferenceEqualityComparer.Instance);
    private string? _lastNamespace;
    private Dictionary<string, XName>? _lastNames;
    private readonly string _xmlns = table.Add(XmlnsUri);
    private readonly string _transitional = table.Add(Wml.TransitionalUri);
    private readonly string _strict = table.Add(Wml.StrictUri);
    private readonly XName _transitionalSdtPr = XName.Get("sdtPr", Wml.TransitionalUri);
    private readonly XName _strictSdtPr = XName.Get("sdtPr", Wml.StrictUri);
    private readonly XName _transitionalT = XName.Get("t", Wml.TransitionalUri);
    private readonly XName _strictT = XName.Get("t", Wml.StrictUri);
    private readonly XName _transitionalInstrText = XName.Get("instrText", Wml.TransitionalUri);
    private readonly XName _strictInstrText = XName.Get("instrText", Wml.StrictUri);

    public XName Get(string localName, string namespaceUri)
    {
        if (!ReferenceEquals(namespaceUri, _lastNamespace) || _lastNames is null)
        {
            if (!_byNamespace.TryGetValue(namespaceUri, out _lastNames))
            {
                _lastNames = new Dictionary<string, XName>(ReferenceEqualityComparer.Instance);
                _byNamespace[namespaceUri] = _lastNames;
            }

            _lastNamespace = namespaceUri;
        }

        if (!_lastNames.TryGetValue(localName, out var name))
        {
            name = XName.Get(localName, namespaceUri);
            _lastNames[localName] = name;
        }

        return name;
    }

    /// <summary>Whether an atomised namespace URI declares a namespace (such attributes are not kept).</summary>
    public bool IsXmlns(string namespaceUri) => ReferenceEquals(namespaceUri, _xmlns) || namespaceUri == XmlnsUri;

    /// <summary>Whether an atomised namespace URI is WordprocessingML's, transitional or strict.</summary>
    public bool IsWml(string namespaceUri) => ReferenceEquals(namespaceUri, _transitional) || ReferenceEquals(namespaceUri, _strict);

    public bool IsSdtPr(XName name) => name == _transitionalSdtPr || name == _strictSdtPr;

    /// <summary>Whether an element's text is read: a run's text or a field instruction.</summary>
    public bool HoldsReadText(XName name) =>
        name == _transitionalT || name == _strictT || name == _transitionalInstrText || name == _strictInstrText;
}
