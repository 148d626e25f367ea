using Clausier.Core.Diagnostics;
using Clausier.Word.Docx;
using System.Globalization;
using Clausier.Word.Wml;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// <c>#</c>…<c>####</c> → Heading1…4 (Title and Subtitle on the cover). Headings listed in the table of
/// contents get the bookmark their entry links to.
/// </summary>
internal sealed class HeadingRenderer : WordObjectRenderer<HeadingBlock>
{
    protected override void Write(WordRenderer renderer, HeadingBlock heading)
    {
        var state = renderer.State;
        if (heading.Level > StyleNames.MaxHeadingLevel)
        {
            state.Diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3005.heading", state.At(heading), heading.Level, StyleNames.MaxHeadingLevel);
        }

        var paragraph = state.AddParagraph(StyleFor(heading.Level, state.InCover.Current));
        var entry = state.Toc.Find(heading);
        if (entry is not null)
        {
            paragraph.Add(new WmlElement(W.BookmarkStart).Set(W.Name, entry.Bookmark).Set(W.Id, entry.BookmarkId.ToString(CultureInfo.InvariantCulture)));
        }

        using (state.Inlines.Push(paragraph))
        {
            renderer.WriteInlines(heading.Inline!);
        }

        if (entry is not null)
        {
            paragraph.Add(new WmlElement(W.BookmarkEnd).Set(W.Id, entry.BookmarkId.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string StyleFor(int level, bool inCover) => (inCover, level) switch
    {
        (true, 1) => StyleNames.Title,
        (true, 2) => StyleNames.Subtitle,
        _ => StyleNames.Heading(level),
    };
}
