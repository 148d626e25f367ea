using Clausier.Word.Wml;

namespace Clausier.Word.Docx;

/// <summary>
/// The table of contents: one entry per planned heading, hyperlinked to the heading's bookmark, with its
/// page number as a PAGEREF field (ECMA-376 Part 1, §17.16.5.45) after a tab. Page numbers are not known
/// when writing. LibreOffice computes a PAGEREF when it lays the page out, but shows a TOC field's cached
/// result as is, PAGEREFs inside it included: so the entries are not wrapped in a TOC field, and both
/// LibreOffice's PDF and Word (which updates fields on open, <c>w:updateFields</c>) show the numbers
/// without a manual update. Only an empty table keeps a TOC field, for Word to fill.
/// </summary>
internal static class TocField
{
    public const string Instruction = " TOC \\o \"1-2\" \\h \\z \\u ";

    /// <summary>Room between the last entry and what follows (often the instructions note).</summary>
    private const string SpaceAfter = "280";

    public const string EmptyText = "La table des matières est mise à jour à l'ouverture du document.";

    public static string PageReference(string bookmark) => $" PAGEREF {bookmark} ";

    public static void Append(WriterState state)
    {
        var entries = state.Toc.Entries;
        if (entries.Count == 0)
        {
            var paragraph = state.AddParagraph(StyleNames.Toc1);
            paragraph.Add(Begin(Instruction));
            paragraph.Add(state.Run(EmptyText, null)!).Add(Char("end"));
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = state.AddParagraph(StyleNames.Toc(entry.Level));
            var link = new WmlElement(W.Hyperlink).Set("w:history", "true").Set("w:anchor", entry.Bookmark);
            link.Add(Nonempty(state.Run(entry.Text, null)));
            link.Add(new WmlElement(W.Run).Add(new WmlElement(W.Tab)));
            link.Add(Begin(PageReference(entry.Bookmark)));
            link.Add(Char("end"));
            paragraph.Add(link);
            if (i == entries.Count - 1)
            {
                paragraph.Child(W.ParagraphProperties)!.SetProperty(new WmlElement(W.Spacing).Set("w:after", SpaceAfter));
            }
        }
    }

    /// <summary>Field start: begin character, instruction, separate character.</summary>
    private static IEnumerable<WmlElement> Begin(string instruction) =>
    [
        Char("begin"),
        new WmlElement(W.Run).Add(new WmlElement(W.FieldCode, instruction)),
        Char("separate"),
    ];

    private static WmlElement Char(string type) => new WmlElement(W.Run).Add(new WmlElement(W.FieldChar).Set("w:fldCharType", type));

    private static IEnumerable<WmlElement> Nonempty(WmlElement? run) => run is null ? [] : [run];
}
