using System.Xml.Linq;

namespace Clausier.Forms.Document;

/// <summary>Rows and cells of a table, seen through the row- and cell-level wrappers (content controls, customXml) editors add.</summary>
internal static class TableShape
{
    /// <summary>Rows of a table; a row deleted as a tracked change is gone, as if the change were accepted.</summary>
    public static List<XElement> Rows(XElement table, Wml w) =>
        Collect(table, w.Tr, w, stopAt: w.Tbl).FindAll(row => row.Element(w.Ns + "trPr")?.Element(w.Ns + "del") is null);

    public static List<XElement> Cells(XElement row, Wml w) => Collect(row, w.Tc, w, stopAt: w.Tr);

    private static List<XElement> Collect(XElement parent, XName wanted, Wml w, XName stopAt)
    {
        var found = new List<XElement>();
        Gather(parent, wanted, w, stopAt, found);
        return found;
    }

    private static void Gather(XElement parent, XName wanted, Wml w, XName stopAt, List<XElement> found)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name == wanted)
            {
                found.Add(child);
            }
            else if (child.Name == w.Sdt)
            {
                if (child.Element(w.SdtContent) is { } content)
                {
                    Gather(content, wanted, w, stopAt, found);
                }
            }
            else if (child.Name.LocalName == "customXml" && child.Name != stopAt)
            {
                Gather(child, wanted, w, stopAt, found);
            }
        }
    }
}
