namespace Clausier.Word.Markdown;

/// <summary>Where a chunk starts: its offset in the Markdown and the zero-based line it starts on.</summary>
internal readonly record struct ChunkStart(int Offset, int Line);

/// <summary>
/// Finds where annex Markdown can be cut into chunks that parse alone exactly as they would in the
/// whole: at an ATX heading that starts a line, after a blank line, outside any fenced block. Such a
/// heading closes every block before it (a paragraph, a list, a quote, an indented code block, an HTML
/// block of the kinds a blank line ends), so nothing in one chunk reaches into the next. What a scan
/// of lines cannot see for sure (an HTML block that runs to its end marker, a fence opened inside a
/// list, link and footnote definitions used across a cut) is checked on the parsed chunks by
/// <see cref="ChunkedParse"/>, which then parses the whole instead.
/// </summary>
/// <remarks>Reads line by line, so that Markdown can be scanned as it is produced (<see cref="MarkdownReceiver"/>).</remarks>
internal sealed class ChunkBoundaries
{
    private readonly Stack<(char Marker, int Count)> _fences = new();
    private bool _previousBlank = true;

    /// <summary>Lines read so far.</summary>
    public int Lines { get; private set; }

    /// <summary>
    /// Up to <paramref name="chunks"/> − 1 cut points of a whole text, each the candidate nearest an
    /// even share of it, in increasing order; fewer when the text offers fewer.
    /// </summary>
    public static List<ChunkStart> Find(string markdown, int chunks)
    {
        var candidates = Candidates(markdown);
        var cuts = new List<ChunkStart>(chunks - 1);
        var next = 0;
        for (var k = 1; k < chunks && next < candidates.Count; k++)
        {
            var target = (long)markdown.Length * k / chunks;
            while (next + 1 < candidates.Count && Math.Abs(candidates[next + 1].Offset - target) <= Math.Abs(candidates[next].Offset - target))
            {
                next++;
            }

            if (cuts.Count == 0 || candidates[next].Offset > cuts[^1].Offset)
            {
                cuts.Add(candidates[next]);
            }

            next++;
        }

        return cuts;
    }

    /// <summary>
    /// Reads the next line (without its line ending); true when the text may be cut just before it.
    /// The first line never is: a chunk is not empty.
    /// </summary>
    public bool CanCutBefore(ReadOnlySpan<char> line)
    {
        var candidate = Lines > 0 && _fences.Count == 0 && _previousBlank && IsAtxHeading(line);
        TrackFence(line);
        _previousBlank = line.IsWhiteSpace();
        Lines++;
        return candidate;
    }

    /// <summary>
    /// End of the line starting at <paramref name="start"/> and where the next one starts; a line ends
    /// at LF, CR LF or CR, as Markdig reads them. -1 when a final CR may yet be followed by its LF.
    /// </summary>
    public static int LineEnd(ReadOnlySpan<char> text, int start, bool final, out int next)
    {
        var end = text[start..].IndexOfAny('\n', '\r');
        if (end < 0)
        {
            next = text.Length;
            return final ? text.Length : -1;
        }

        end += start;
        if (text[end] == '\r' && end + 1 == text.Length && !final)
        {
            next = -1;
            return -1;
        }

        next = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return end;
    }

    /// <summary>Every heading line the text could be cut before, with the line it is on.</summary>
    private static List<ChunkStart> Candidates(string markdown)
    {
        var candidates = new List<ChunkStart>();
        var scanner = new ChunkBoundaries();
        for (var start = 0; start < markdown.Length;)
        {
            var end = LineEnd(markdown, start, final: true, out var next);
            var line = scanner.Lines;
            if (scanner.CanCutBefore(markdown.AsSpan(start, end - start)))
            {
                candidates.Add(new ChunkStart(start, line));
            }

            start = next;
        }

        return candidates;
    }

    /// <summary>One to six <c>#</c> in the first column, then a space, a tab or the end of the line.</summary>
    private static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        var hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && (hashes == line.Length || line[hashes] is ' ' or '\t');
    }

    /// <summary>
    /// Follows code fences and custom containers opened at the top level (indented by at most three
    /// spaces); a fence is closed by a line of its marker, at least as long, with nothing after it.
    /// </summary>
    private void TrackFence(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ')
        {
            indent++;
        }

        if (indent > 3 || indent == line.Length || line[indent] is not ('`' or '~' or ':'))
        {
            return;
        }

        var marker = line[indent];
        var count = 0;
        while (indent + count < line.Length && line[indent + count] == marker)
        {
            count++;
        }

        if (count < 3)
        {
            return;
        }

        var rest = line[(indent + count)..];
        if (_fences.TryPeek(out var open) && open.Marker == marker && count >= open.Count && rest.IsWhiteSpace())
        {
            _fences.Pop();
        }
        else if (_fences.Count == 0 || open.Marker == ':')
        {
            // Inside a code fence nothing opens; a container may hold a code fence or another container.
            _fences.Push((marker, count));
        }
    }
}
