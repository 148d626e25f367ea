using System.Xml.Linq;

namespace Clausier.Forms.Document;

/// <summary>
/// WordprocessingML names in the namespace the document uses: transitional (what Word and LibreOffice
/// write) or strict (Word's "Strict Open XML Document"), whose elements are the same under another URI.
/// </summary>
internal sealed class Wml
{
    public const string TransitionalUri = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string StrictUri = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public Wml(XNamespace ns)
    {
        Ns = ns;
        Body = ns + "body";
        P = ns + "p";
        R = ns + "r";
        T = ns + "t";
        Tbl = ns + "tbl";
        Tr = ns + "tr";
        Tc = ns + "tc";
        Sdt = ns + "sdt";
        SdtPr = ns + "sdtPr";
        SdtContent = ns + "sdtContent";
        Tag = ns + "tag";
        Val = ns + "val";
        ShowingPlcHdr = ns + "showingPlcHdr";
        DropDownList = ns + "dropDownList";
        ComboBox = ns + "comboBox";
        ListItem = ns + "listItem";
        DisplayText = ns + "displayText";
        Value = ns + "value";
        Date = ns + "date";
        FullDate = ns + "fullDate";
        Id = ns + "id";
        Author = ns + "author";
        Comment = ns + "comment";
        CommentReference = ns + "commentReference";
        CommentRangeStart = ns + "commentRangeStart";
    }

    public XNamespace Ns { get; }

    public XName Body { get; }

    public XName P { get; }

    public XName R { get; }

    public XName T { get; }

    public XName Tbl { get; }

    public XName Tr { get; }

    public XName Tc { get; }

    public XName Sdt { get; }

    public XName SdtPr { get; }

    public XName SdtContent { get; }

    public XName Tag { get; }

    public XName Val { get; }

    public XName ShowingPlcHdr { get; }

    public XName DropDownList { get; }

    public XName ComboBox { get; }

    public XName ListItem { get; }

    public XName DisplayText { get; }

    public XName Value { get; }

    public XName Date { get; }

    public XName FullDate { get; }

    public XName Id { get; }

    public XName Author { get; }

    public XName Comment { get; }

    public XName CommentReference { get; }

    public XName CommentRangeStart { get; }

    /// <summary>Revision marks (ECMA-376 Part 1, §17.13.5): content and property changes awaiting acceptance.</summary>
    public static IReadOnlyList<string> RevisionNames { get; } =
    [
        "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
        "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    ];

    /// <summary>Whether a local name is one of <see cref="RevisionNames"/>; asked for every element inside formatting properties.</summary>
    public static bool IsRevision(string localName) => localName is "ins" or "del" or "moveFrom" or "moveTo" or "rPrChange"
        or "pPrChange" or "sectPrChange" or "tblPrChange" or "trPrChange" or "tcPrChange" or "tblGridChange" or "numberingChange"
        or "cellIns" or "cellDel" or "cellMerge";

    public static Wml? For(XElement root)
    {
        var uri = root.Name.NamespaceName;
        return root.Name.LocalName == "document" && uri is TransitionalUri or StrictUri ? new Wml(uri) : null;
    }

    /// <summary>The tag of a content control, trimmed; null when it has none.</summary>
    public string? TagOf(XElement sdt) =>
        ((string?)sdt.Element(SdtPr)?.Element(Tag)?.Attribute(Val))?.Trim();

    public bool ShowsPlaceholder(XElement sdt)
    {
        var flag = sdt.Element(SdtPr)?.Element(ShowingPlcHdr);
        return flag is not null && (string?)flag.Attribute(Val) is null or "1" or "true" or "on";
    }
}
