using System.Text.RegularExpressions;
using Clausier.Docs.Tests.Markdown;

namespace Clausier.Docs.Tests.Diagnostics;

/// <summary>
/// docs/diagnostics.md as the tests see it: one entry per id, a heading <c>### CLZnnnn Title</c>
/// followed by its text up to the next heading; ids listed in a table row count as documented too.
/// </summary>
internal sealed partial class DiagnosticsPage
{
    private DiagnosticsPage(MarkdownFile file)
    {
        File = file;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var headings = file.Headings;
        for (var i = 0; i < headings.Count; i++)
        {
            if (IdAtStart().Match(headings[i].Text) is { Success: true } id)
            {
                var end = i + 1 < headings.Count ? headings[i + 1].Line - 1 : file.Lines.Count;
                var blocks = file.Blocks.Where(b => b.FenceLine > headings[i].Line && b.FenceLine < end).ToList();
                var text = string.Join('\n', file.Lines.Skip(headings[i].Line).Take(end - headings[i].Line));
                entries.TryAdd(id.Value, new Entry(id.Value, headings[i].Text, headings[i].Line, text, blocks));
            }
        }

        Entries = entries;
        TableRows = file.Lines
            .Select((line, index) => (Line: index + 1, Match: TableRowId().Match(line)))
            .Where(row => row.Match.Success)
            .Select(row => (row.Line, row.Match.Groups["id"].Value))
            .ToList();
    }

    public MarkdownFile File { get; }

    public IReadOnlyDictionary<string, Entry> Entries { get; }

    /// <summary>Table rows whose first cell is an id.</summary>
    public IReadOnlyList<(int Line, string Id)> TableRows { get; }

    /// <summary>Ids given a heading or a table row of their own.</summary>
    public IReadOnlySet<string> Documented => Entries.Keys.Concat(TableRows.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);

    public static DiagnosticsPage Load() => new(MarkdownFile.Read(RepositoryPaths.Diagnostics));

    /// <summary>Every id the page mentions anywhere, with the first line that mentions it.</summary>
    public IReadOnlyDictionary<string, int> Mentioned()
    {
        var mentioned = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < File.Lines.Count; i++)
        {
            foreach (Match match in AnyId().Matches(File.Lines[i]))
            {
                mentioned.TryAdd(match.Value, i + 1);
            }
        }

        return mentioned;
    }

    /// <summary>One id's entry.</summary>
    /// <param name="Text">The lines between its heading and the next heading.</param>
    public sealed record Entry(string Id, string Heading, int Line, string Text, IReadOnlyList<FencedBlock> Blocks)
    {
        /// <summary>Reserved ids are declared for a future check and printed by no code path yet.</summary>
        public bool IsReserved => Heading.Contains("(reserved)", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^CLZ\d{4}\b")]
    private static partial Regex IdAtStart();

    [GeneratedRegex(@"^\|\s*\[?`?(?<id>CLZ\d{4})\b")]
    private static partial Regex TableRowId();

    [GeneratedRegex(@"\bCLZ\d{4}\b")]
    private static partial Regex AnyId();
}
