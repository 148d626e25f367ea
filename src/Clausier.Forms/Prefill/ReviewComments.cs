using System.Globalization;
using System.Xml.Linq;

namespace Clausier.Forms.Prefill;

/// <summary>
/// Word comments (ECMA-376 Part 1, §17.13.4) on prefilled answers to review. The comment's range and
/// reference run go inside the answer control, so the document changes nowhere else; the comments part
/// is created (with its relationship and content type) or, when the buyer's annex already has one, extended.
/// </summary>
internal sealed class ReviewComments
{
    public const string Author = "Clausier.Docs";
    public const string PartName = "word/comments.xml";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

    private readonly XNamespace _w;
    private readonly XDocument _part;
    private int _next;

    /// <param name="existing">The annex's own comments part, when it has one.</param>
    public ReviewComments(XNamespace w, XDocument? existing)
    {
        _w = w;
        _part = existing ?? new XDocument(new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(w + "comments", new XAttribute(XNamespace.Xmlns + "w", w.NamespaceName)));
        IsNew = existing is null;
        _next = _part.Root!.Elements(w + "comment")
            .Select(c => int.TryParse((string?)c.Attribute(w + "id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id + 1 : 0)
            .DefaultIfEmpty(0).Max();
    }

    public bool IsNew { get; }

    public int Count { get; private set; }

    public XDocument Part => _part;

    /// <summary>Adds a comment whose range is the whole content of <paramref name="content"/> (a control's <c>w:sdtContent</c>).</summary>
    public void Add(XElement content, IEnumerable<string> paragraphs)
    {
        var id = (_next++).ToString(CultureInfo.InvariantCulture);
        Count++;
        _part.Root!.Add(new XElement(_w + "comment",
            new XAttribute(_w + "id", id), new XAttribute(_w + "author", Author), new XAttribute(_w + "initials", "CD"),
            paragraphs.Select((text, i) => new XElement(_w + "p",
                i == 0 ? new XElement(_w + "r", new XElement(_w + "annotationRef")) : null,
                new XElement(_w + "r", new XElement(_w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), ControlWriter.XmlSafe(text)))))));
        var start = new XElement(_w + "commentRangeStart", new XAttribute(_w + "id", id));
        var end = new XElement(_w + "commentRangeEnd", new XAttribute(_w + "id", id));
        var reference = new XElement(_w + "r", new XElement(_w + "commentReference", new XAttribute(_w + "id", id)));
        var blocks = content.Elements(_w + "p").ToList();
        if (blocks.Count > 0)
        {
            if (blocks[0].Element(_w + "pPr") is { } properties)
            {
                properties.AddAfterSelf(start);
            }
            else
            {
                blocks[0].AddFirst(start);
            }

            blocks[^1].Add(end, reference);
        }
        else
        {
            content.AddFirst(start);
            content.Add(end, reference);
        }
    }
}
