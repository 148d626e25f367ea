using System.Text;
using System.Xml.Linq;

namespace Clausier.Forms.Document;

/// <summary>What the text of a cell or control was made of, besides its paragraphs.</summary>
internal sealed record ExtractedText(IReadOnlyList<string> Paragraphs, bool HasFillIn, bool HadPlaceholder);

/// <summary>
/// Reads the visible text of WordprocessingML as if every tracked change were accepted: inserted and
/// moved-to text kept, deleted and moved-from text dropped. Run boundaries, proofing marks, bookmarks
/// and field instructions do not show; field results do (a <c>FILLIN</c> field's answer is its result).
/// A content control showing its placeholder contributes nothing.
/// </summary>
internal sealed class TextExtractor(Wml w)
{
    // One builder for every text read from the document (one read is single-threaded): a new builder
    // per cell or paragraph grew chunk by chunk and copied itself again on every Clear().
    private readonly StringBuilder _builder = new(1024);

    public ExtractedText Extract(XElement container)
    {
        var walk = new Walk(w, _builder.Clear());
        walk.Visit(container);
        walk.Flush(force: false);
        return new ExtractedText(walk.Paragraphs, walk.HasFillIn, walk.HadPlaceholder);
    }

    /// <summary>Text of one paragraph (tracked changes accepted), for clause hashing and headings.</summary>
    public string ParagraphText(XElement paragraph)
    {
        var walk = new Walk(w, _builder.Clear());
        walk.VisitChildren(paragraph);
        return walk.Current.Take();
    }

    private sealed class Walk(Wml w, StringBuilder builder)
    {
        public List<string> Paragraphs { get; } = [];

        public ParagraphBuffer Current { get; } = new(builder);

        public bool HasFillIn { get; private set; }

        public bool HadPlaceholder { get; private set; }

        public void Visit(XElement e)
        {
            if (e.Name.Namespace != w.Ns)
            {
                // mc:AlternateContent, drawings and foreign markup hold no answer text; customXml-like
                // wrappers from other namespaces are rare and would only duplicate text.
                if (e.Name.LocalName is "AlternateContent")
                {
                    return;
                }

                VisitChildren(e);
                return;
            }

            switch (e.Name.LocalName)
            {
                case "p":
                    Flush(force: false);
                    VisitChildren(e);
                    Flush(force: true);
                    break;
                case "t":
                    Current.Append(e.Value);
                    break;
                case "tab" or "ptab":
                    Current.Append('\t');
                    break;
                case "br" or "cr":
                    Current.Append('\n');
                    break;
                case "noBreakHyphen":
                    Current.Append('-');
                    break;
                case "instrText":
                    if (e.Value.Contains("FILLIN", StringComparison.OrdinalIgnoreCase))
                    {
                        HasFillIn = true;
                    }

                    break;
                case "fldSimple":
                    if (((string?)e.Attribute(w.Ns + "instr") ?? "").Contains("FILLIN", StringComparison.OrdinalIgnoreCase))
                    {
                        HasFillIn = true;
                    }

                    VisitChildren(e);
                    break;
                case "sdt":
                    if (w.ShowsPlaceholder(e))
                    {
                        HadPlaceholder = true;
                        return;
                    }

                    if (e.Element(w.SdtContent) is { } content)
                    {
                        VisitChildren(content);
                    }

                    break;
                case "del" or "moveFrom" or "delText" or "delInstrText" or "pPr" or "rPr" or "tblPr" or "trPr" or "tcPr"
                    or "sectPr" or "sdtPr" or "sdtEndPr" or "tblGrid" or "drawing" or "pict" or "object"
                    or "footnoteReference" or "endnoteReference" or "softHyphen" or "sym" or "fldData":
                    break;
                default:
                    VisitChildren(e);
                    break;
            }
        }

        public void VisitChildren(XElement e)
        {
            // Sibling links rather than Elements(): this runs for every element of every cell read,
            // and each Elements() call allocates an enumerator.
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    Visit(child);
                }
            }
        }

        public void Flush(bool force)
        {
            if (force || !Current.IsEmpty)
            {
                Paragraphs.Add(Current.Take());
            }
        }
    }
}
