using System.Text;
using Clausier.Core.Writing;

namespace Clausier.Core.Import;

/// <summary>
/// Recovers the structure of a description pasted from a PDF into plain text: bullet characters
/// (•, ◦, -, –, …) become Markdown list items, hard line breaks inside a sentence are joined, other
/// line breaks separate paragraphs, and tab-separated rows become list items "cell : cell".
/// </summary>
internal static class DescriptionText
{
    private const string TopBullets = "•●■►➢·–—*-";
    private const string NestedBullets = "◦○▪▫";

    public static List<TextBlock> Parse(string text)
    {
        var blocks = new List<TextBlock>();
        var open = false;
        var itemIndent = 0;
        foreach (var rawLine in Clean(text).Split('\n'))
        {
            var indent = rawLine.Length - rawLine.TrimStart(' ', '\t').Length;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                open = false;
                continue;
            }

            if (TryBullet(line, out var nested, out var item))
            {
                // Nested: a sub-bullet character, or a bullet indented further than the list's items.
                var afterItem = blocks.Count > 0 && blocks[^1].IsItem;
                var level = afterItem && (nested || indent >= itemIndent + 2) ? 2 : 1;
                if (level == 1)
                {
                    itemIndent = indent;
                }

                blocks.Add(new TextBlock(level, Collapse(item)));
            }
            else if (line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 1 } cells)
            {
                blocks.Add(new TextBlock(1, Collapse(string.Join(" : ", cells))));
            }
            else if (open && blocks.Count > 0 && Continues(blocks[^1].Text, line))
            {
                blocks[^1] = blocks[^1] with { Text = blocks[^1].Text.Length == 0 ? Collapse(line) : blocks[^1].Text + " " + Collapse(line) };
            }
            else
            {
                blocks.Add(new TextBlock(0, Collapse(line)));
            }

            open = true;
        }

        return blocks;
    }

    /// <summary>Markdown for the blocks: items of one list on consecutive lines, blank lines elsewhere.</summary>
    public static string ToMarkdown(IReadOnlyList<TextBlock> blocks)
    {
        var markdown = new StringBuilder();
        TextBlock? previous = null;
        foreach (var block in blocks.Where(b => b.Text.Length > 0))
        {
            if (previous is not null)
            {
                markdown.Append(previous.IsItem && block.IsItem ? "\n" : "\n\n");
            }

            markdown.Append(block.Level switch { 0 => "", 1 => "- ", _ => "  - " }).Append(MarkdownEscaper.EscapeBlock(block.Text));
            previous = block;
        }

        return markdown.ToString();
    }

    /// <summary>Plain text on one line: what a field value or a title holds.</summary>
    public static string OneLine(string text) => Collapse(Clean(text).Replace('\n', ' ').Replace('\t', ' ').Trim());

    /// <summary>A line break inside a sentence: the line before ends without punctuation and the next goes on in lower case.</summary>
    private static bool Continues(string before, string line) =>
        before.Length == 0 || (!before.EndsWith('.') && !before.EndsWith(';') && !before.EndsWith(':') && !before.EndsWith('!') && !before.EndsWith('?')
            && char.IsLower(line[0]));

    private static bool TryBullet(string line, out bool nested, out string item)
    {
        // Spreadsheet exports sometimes keep the apostrophe that forced "-…" to be read as text.
        var start = line.Length > 1 && line[0] == '\'' && TopBullets.Contains(line[1], StringComparison.Ordinal) ? 1 : 0;
        var marker = line[start];
        var next = start + 1 < line.Length ? line[start + 1] : ' ';
        nested = NestedBullets.Contains(marker, StringComparison.Ordinal);
        var isBullet = marker switch
        {
            '•' or '●' or '■' or '►' or '➢' or '◦' or '○' or '▪' or '▫' => true,
            // A dash or star is a bullet when a space follows, or, for dashes pasted from a PDF, a letter ("-Schéma").
            '-' or '–' or '—' => next is ' ' or '\t' || char.IsLetter(next),
            '*' or '·' => next is ' ' or '\t',
            _ => false,
        };
        item = isBullet ? line[(start + 1)..].Trim() : line;
        return isBullet;
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u00AD' or '\u200B' or '\uFEFF' || (char.IsControl(c) && c is not '\n' and not '\t'))
            {
                // Soft hyphens, zero-width and control characters are extraction noise, never text.
            }
            else
            {
                builder.Append(c is '\u2028' or '\u2029' ? '\n' : c);
            }
        }

        return builder.ToString();
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\t')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd(' ');
    }
}
