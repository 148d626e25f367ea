namespace Clausier.Forms.Package;

/// <summary>
/// What of the main document the reader builds, by local name in WordprocessingML's namespace: one set
/// of rules for both ways a part is loaded (<see cref="PartTreeBuilder"/> and <see cref="PlainXmlScanner"/>).
/// </summary>
internal static class BuiltSubset
{
    /// <summary>Formatting properties, never read: their subtrees are skipped but for revision marks.</summary>
    public static bool IsFormatting(string localName) =>
        localName is "rPr" or "pPr" or "tblPr" or "trPr" or "tcPr" or "tblGrid" or "sectPr" or "tblPrEx";

    /// <summary>Content-control properties the reader reads (tag, placeholder flag, list items, date).</summary>
    public static bool IsReadControlProperty(string localName) =>
        localName is "tag" or "showingPlcHdr" or "dropDownList" or "comboBox" or "date";

    /// <summary>
    /// Attributes the reader reads from the main document; the others (rsids, xml:space, widths…) are
    /// on most elements and would only be allocated to be ignored.
    /// </summary>
    public static bool IsReadAttribute(string localName) =>
        localName is "val" or "id" or "displayText" or "value" or "fullDate" or "instr";

    /// <summary>Elements whose text is read: a run's text and a field instruction.</summary>
    public static bool HoldsReadText(string localName) => localName is "t" or "instrText";
}
