using Clausier.Word.Wml;

namespace Clausier.Word.Docx;

/// <summary>
/// The TOC field (ECMA-376 Part 1, §17.16.5.68) with one pre-rendered entry per planned heading, each
/// hyperlinked to the heading's bookmark. Page numbers are not known when writing, and LibreOffice shows
/// a TOC's cached result as is (it does not update the index on load), so pre-rendered entries carry no
/// tab, leader or number rather than wrong ones; settings ask Word to rebuild the field, numbers included, on open.
/// </summary>
internal static class TocField
{
    public const string Instruction = " TOC \\o \"1-2\" \\h \\z \\u ";

    /// <summary>Room between the last entry and what follows (often the instructions note).</summary>
    private const string SpaceAfter = "280";

    public const string EmptyText = "La table des matières est mise à jour à l'ouverture du document.";

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
            if (i == 0)
            {
                paragraph.Add(Begin(Instruction));
            }

            var link = new WmlElement(W.Hyperlink).Set("w:history", "true").Set("w:anchor", entry.Bookmark);
            paragraph.Add(link.Add(Nonempty(state.Run(entry.Text, null))));
            if (i == entries.Count - 1)
            {
                paragraph.Add(Char("end"));
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
