using Clausier.Word.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Clausier.Word.Docx;

/// <summary>A heading that appears in the table of contents, with the bookmark its entry links to.</summary>
internal sealed record TocEntry(int Level, string Text, string Bookmark, int BookmarkId);

/// <summary>
/// The table of contents, planned before rendering so that the <c>::: toc</c> container can write
/// entries for headings that come after it.
/// </summary>
internal sealed class TocPlan
{
    /// <summary>Deepest heading level listed (the TOC field's <c>\o "1-2"</c>).</summary>
    public const int MaxLevel = 2;

    private readonly Dictionary<HeadingBlock, TocEntry> _byHeading;

    private TocPlan(Dictionary<HeadingBlock, TocEntry> byHeading, IReadOnlyList<TocEntry> entries)
    {
        _byHeading = byHeading;
        Entries = entries;
    }

    public IReadOnlyList<TocEntry> Entries { get; }

    public static TocPlan Collect(MarkdownDocument document, IdAllocator ids)
    {
        var byHeading = new Dictionary<HeadingBlock, TocEntry>();
        var entries = new List<TocEntry>();
        foreach (var heading in MarkdownWalk.Blocks<HeadingBlock>(document))
        {
            if (heading.Level > MaxLevel || InCoverOrToc(heading))
            {
                continue;
            }

            var id = ids.Next();
            var entry = new TocEntry(heading.Level, PlainText.Of(heading.Inline), $"_Toc{id:D8}", id);
            byHeading.Add(heading, entry);
            entries.Add(entry);
        }

        return new TocPlan(byHeading, entries);
    }

    public TocEntry? Find(HeadingBlock heading) => _byHeading.GetValueOrDefault(heading);

    private static bool InCoverOrToc(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer container
                && AnnexContainer.KindOf(container) is AnnexContainerKind.Cover or AnnexContainerKind.Toc)
            {
                return true;
            }
        }

        return false;
    }
}
