using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

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
            paragraph.Append(Begin(Instruction));
            paragraph.Append(state.Run(EmptyText, null)!, Char(FieldCharValues.End));
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = state.AddParagraph(StyleNames.Toc(entry.Level));
            if (i == 0)
            {
                paragraph.Append(Begin(Instruction));
            }

            var link = new Hyperlink { Anchor = entry.Bookmark, History = true };
            link.Append(Nonempty(state.Run(entry.Text, null)));
            paragraph.Append(link);
            if (i == entries.Count - 1)
            {
                paragraph.Append(Char(FieldCharValues.End));
                paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = SpaceAfter };
            }
        }
    }

    /// <summary>Field start: begin character, instruction, separate character.</summary>
    private static IEnumerable<Run> Begin(string instruction) =>
    [
        Char(FieldCharValues.Begin),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        Char(FieldCharValues.Separate),
    ];

    private static Run Char(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    private static IEnumerable<Run> Nonempty(Run? run) => run is null ? [] : [run];
}
