using System.Xml.Linq;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>What other editors and hurried candidates do to a filled annex, measured in shared/FORMS-ROUNDTRIP.md.</summary>
public static class Mangle
{
    /// <summary>LibreOffice 7.4: every tag lost, ids regenerated; aliases dropped too here (the worst case).</summary>
    public static void StripTagsAliasesIds(XDocument document)
    {
        foreach (var properties in document.Descendants(W.N("sdtPr")).ToList())
        {
            properties.Elements().Where(e => e.Name.LocalName is "tag" or "alias" or "id").Remove();
        }
    }

    /// <summary>LibreOffice 7.4 loses <c>w:showingPlcHdr</c>: the placeholder sentence comes back as if typed.</summary>
    public static void LosePlaceholderFlags(XDocument document) =>
        document.Descendants(W.N("showingPlcHdr")).Remove();

    /// <summary>The control vanishes and leaves its runs as plain text in the cell.</summary>
    public static void Unwrap(XDocument document, string tag)
    {
        var sdt = W.Control(document, tag);
        sdt.ReplaceWith(sdt.Element(W.N("sdtContent"))!.Nodes());
    }

    /// <summary>LibreOffice 7.4 via ODT: the control becomes a FILLIN field whose result is the value.</summary>
    public static void ToFillIn(XDocument document, string tag)
    {
        var sdt = W.Control(document, tag);
        var runs = sdt.Element(W.N("sdtContent"))!.Elements(W.N("r")).ToList();
        sdt.ReplaceWith(
            new XElement(W.N("r"), new XElement(W.N("fldChar"), new XAttribute(W.N("fldCharType"), "begin"))),
            new XElement(W.N("r"), new XElement(W.N("instrText"), new XAttribute(XNamespace.Xml + "space", "preserve"), " FILLIN \"\" \\d \"\" ")),
            new XElement(W.N("r"), new XElement(W.N("fldChar"), new XAttribute(W.N("fldCharType"), "separate"))),
            runs,
            new XElement(W.N("r"), new XElement(W.N("fldChar"), new XAttribute(W.N("fldCharType"), "end"))));
    }

    /// <summary>LibreOffice with a block-level multi-paragraph control: paragraph 1 stays inside, the others follow it outside.</summary>
    public static void SplitParagraphsOutOfControl(XDocument document, string tag)
    {
        var sdt = W.Control(document, tag);
        var paragraphs = sdt.Element(W.N("sdtContent"))!.Elements(W.N("p")).ToList();
        foreach (var paragraph in paragraphs.Skip(1))
        {
            paragraph.Remove();
        }

        sdt.AddAfterSelf(paragraphs.Skip(1));
    }

    /// <summary>Word's run splitting: every character run cut in pieces with rsids, proofing marks and a bookmark.</summary>
    public static void SplitRuns(XElement container)
    {
        var id = 900;
        foreach (var run in container.Descendants(W.N("r")).Where(r => r.Element(W.N("t")) is not null).ToList())
        {
            var text = run.Element(W.N("t"))!.Value;
            if (text.Length < 4)
            {
                continue;
            }

            var cut = text.Length / 3;
            var pieces = new[] { text[..cut], text[cut..(2 * cut)], text[(2 * cut)..] };
            run.ReplaceWith(
                new XElement(W.N("proofErr"), new XAttribute(W.N("type"), "spellStart")),
                SplitRun(pieces[0], "00A1B2C3"),
                new XElement(W.N("bookmarkStart"), new XAttribute(W.N("id"), id), new XAttribute(W.N("name"), $"_Hlk{id}")),
                SplitRun(pieces[1], "00D4E5F6"),
                new XElement(W.N("bookmarkEnd"), new XAttribute(W.N("id"), id++)),
                new XElement(W.N("proofErr"), new XAttribute(W.N("type"), "spellEnd")),
                SplitRun(pieces[2], "0012AB34"));
        }
    }

    /// <summary>Tracked changes: <paramref name="inserted"/> added as w:ins, <paramref name="deleted"/> as w:del, and a move.</summary>
    public static void TrackChanges(XElement control, string inserted, string deleted)
    {
        var content = control.Element(W.N("sdtContent"))!;
        var attributes = new object[] { new XAttribute(W.N("id"), 501), new XAttribute(W.N("author"), "Candidat"), new XAttribute(W.N("date"), "2026-03-01T10:00:00Z") };
        content.AddFirst(new XElement(W.N("del"), attributes,
            new XElement(W.N("r"), new XElement(W.N("delText"), new XAttribute(XNamespace.Xml + "space", "preserve"), deleted))));
        content.Add(new XElement(W.N("ins"), attributes, W.Run(inserted)));
        content.Add(new XElement(W.N("moveFrom"), attributes, W.Run(" (texte déplacé)")));
    }

    public static void RemoveCustomXml(DocxPackage package)
    {
        package.Remove(n => n.StartsWith("customXml/", StringComparison.Ordinal));
        var rels = package.Xml("word/_rels/document.xml.rels");
        rels.Root!.Elements().Where(e => ((string?)e.Attribute("Type") ?? "").EndsWith("/customXml", StringComparison.Ordinal)).Remove();
        package.SetXml("word/_rels/document.xml.rels", rels);
    }

    public static void RemoveCustomProperties(DocxPackage package)
    {
        package.Remove(n => n == "docProps/custom.xml");
        var rels = package.Xml("_rels/.rels");
        rels.Root!.Elements().Where(e => ((string?)e.Attribute("Type") ?? "").EndsWith("/custom-properties", StringComparison.Ordinal)).Remove();
        package.SetXml("_rels/.rels", rels);
    }

    /// <summary>Adds a comment anchored on a control, with its part, relationship and content type.</summary>
    public static void AddComment(DocxPackage package, string tag, string author, string text) =>
        AddComments(package, (W.Control(package.Document, tag), author, text));

    /// <summary>One comment around each element given (a run or a run-level control), ids 0, 1, 2…</summary>
    public static void AddComments(DocxPackage package, params (XElement Around, string Author, string Text)[] comments)
    {
        var part = new XElement(W.N("comments"), new XAttribute(XNamespace.Xmlns + "w", W.Ns));
        for (var id = 0; id < comments.Length; id++)
        {
            var (around, author, text) = comments[id];
            around.AddBeforeSelf(new XElement(W.N("commentRangeStart"), new XAttribute(W.N("id"), id)));
            around.AddAfterSelf(
                new XElement(W.N("commentRangeEnd"), new XAttribute(W.N("id"), id)),
                new XElement(W.N("r"), new XElement(W.N("commentReference"), new XAttribute(W.N("id"), id))));
            part.Add(new XElement(W.N("comment"), new XAttribute(W.N("id"), id), new XAttribute(W.N("author"), author),
                W.Paragraph(W.Run(text))));
        }

        package.SetXml("word/comments.xml", new XDocument(part));

        var rels = package.Xml("word/_rels/document.xml.rels");
        XNamespace r = "http://schemas.openxmlformats.org/package/2006/relationships";
        rels.Root!.Add(new XElement(r + "Relationship", new XAttribute("Id", "rIdComments"),
            new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"),
            new XAttribute("Target", "comments.xml")));
        package.SetXml("word/_rels/document.xml.rels", rels);
        var types = package.Xml("[Content_Types].xml");
        XNamespace ct = "http://schemas.openxmlformats.org/package/2006/content-types";
        types.Root!.Add(new XElement(ct + "Override", new XAttribute("PartName", "/word/comments.xml"),
            new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")));
        package.SetXml("[Content_Types].xml", types);
    }

    private static XElement SplitRun(string text, string rsid) =>
        new(W.N("r"), new XAttribute(W.N("rsidR"), rsid), new XAttribute(W.N("rsidRPr"), rsid),
            new XElement(W.N("rPr"), new XElement(W.N("lang"), new XAttribute(W.N("val"), "fr-FR"))),
            new XElement(W.N("t"), new XAttribute(XNamespace.Xml + "space", "preserve"), text));
}
