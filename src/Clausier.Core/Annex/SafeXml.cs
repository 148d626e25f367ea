using System.Xml;

namespace Clausier.Core.Annex;

/// <summary>XML reader settings for untrusted input: DTDs refused, no resolver, bounded entity expansion.</summary>
public static class SafeXml
{
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };
}
