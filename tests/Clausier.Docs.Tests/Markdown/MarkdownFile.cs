using System.Text.RegularExpressions;

namespace Clausier.Docs.Tests.Markdown;

/// <summary>
/// The few things the documentation tests read in a Markdown file: fenced blocks, headings (with the
/// anchors a forge derives from them) and links. Not a Markdown parser; the documents are ours.
/// </summary>
internal sealed partial class MarkdownFile
{
    private MarkdownFile(string path, IReadOnlyList<string> lines)
    {
        Path = path;
        Lines = lines;
        Blocks = ReadBlocks(path, lines);
        Headings = ReadHeadings(lines, Blocks);
    }

    public string Path { get; }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<FencedBlock> Blocks { get; }

    /// <summary>Headings outside fenced blocks: line number, level and text.</summary>
    public IReadOnlyList<(int Line, int Level, string Text)> Headings { get; }

    public IEnumerable<string> Anchors => Headings.Select(h => Slug(h.Text));

    public static MarkdownFile Read(string path) =>
        new(path, File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n'));

    /// <summary>The anchor GitHub and GitLab give a heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    public static string Slug(string heading)
    {
        var text = heading.Trim().ToLowerInvariant();
        var kept = text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_');
        return string.Concat(kept).Replace(' ', '-');
    }

    /// <summary>Every inline link or image target outside fenced blocks, with its line number.</summary>
    public IEnumerable<(int Line, string Target)> Links()
    {
        var fenced = FencedLineNumbers();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (fenced.Contains(i + 1))
            {
                continue;
            }

            foreach (Match match in LinkTarget().Matches(Lines[i]))
            {
                yield return (i + 1, match.Groups["target"].Value);
            }
        }
    }

    private HashSet<int> FencedLineNumbers() =>
        Blocks.SelectMany(b => b.Lines.Select(l => l.Number).Append(b.FenceLine)).ToHashSet();

    private static List<FencedBlock> ReadBlocks(string path, IReadOnlyList<string> lines)
    {
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var indent = open.Groups["indent"].Value.Length;
            var markers = new List<string>();
            for (var j = i - 1; j >= 0 && Marker().Match(lines[j]) is { Success: true } marker; j--)
            {
                markers.Insert(0, marker.Groups["marker"].Value.Trim());
            }

            var content = new List<(int, string)>();
            var start = i;
            for (i++; i < lines.Count && !IsClosing(lines[i], fence); i++)
            {
                var line = lines[i];
                var strip = Math.Min(indent, line.Length - line.TrimStart(' ').Length);
                content.Add((i + 1, line[strip..]));
            }

            blocks.Add(new FencedBlock(path, start + 1, open.Groups["info"].Value.Trim().ToLowerInvariant(), markers, content));
        }

        return blocks;
    }

    private static bool IsClosing(string line, string fence) =>
        line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0;

    private static List<(int, int, string)> ReadHeadings(IReadOnlyList<string> lines, IReadOnlyList<FencedBlock> blocks)
    {
        var fenced = blocks.SelectMany(b => b.Lines.Select(l => l.Number).Append(b.FenceLine)).ToHashSet();
        var headings = new List<(int, int, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!fenced.Contains(i + 1) && Heading().Match(lines[i]) is { Success: true } heading)
            {
                headings.Add((i + 1, heading.Groups["marks"].Value.Length, heading.Groups["text"].Value.Trim()));
            }
        }

        return headings;
    }

    [GeneratedRegex(@"^(?<indent> *)(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*docs-test:(?<marker>.*?)-->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<marks>#{1,6})\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkTarget();
}
