using System.Buffers;
using System.Text;

namespace Clausier.Forms.Package;

/// <summary>
/// Where a large main document may be cut in two to be parsed on two cores: just before the block
/// that follows a table's end tag near the middle of the part. <see cref="Context"/> holds the start
/// tags of the root and body elements, under which the second half is parsed (they carry its
/// namespace declarations); <see cref="Line"/> and <see cref="Column"/> are where the reader of the
/// whole part meets that block. Only a guess from the bytes: the cut is made only if that reader
/// finds an element of the body exactly there.
/// </summary>
internal sealed record BodySplit(int Offset, byte[] Context, int Line, int Column)
{
    // Below this, a second reader and a hand-over cost more than half a parse saves.
    private const int MinimumBytes = 128 * 1024;

    private static readonly SearchValues<byte> NameEnds = SearchValues.Create(" \t\r\n/>"u8);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static BodySplit? Find(ReadOnlySpan<byte> xml)
    {
        if (xml.Length < MinimumBytes || AfterDeclaration(xml) is not { } start
            || StartTag(xml, start) is not { } root || StartTag(xml, root.End) is not { } body)
        {
            return null;
        }

        var offset = BlockAfterTable(xml, body);
        if (offset < 0)
        {
            return null;
        }

        var context = new byte[root.Length + body.Length];
        xml[root.Start..root.End].CopyTo(context);
        xml[body.Start..body.End].CopyTo(context.AsSpan(root.Length));
        var (line, column) = Position(xml[..offset]);
        return new BodySplit(offset, context, line, column);
    }

    /// <summary>
    /// Where the content after the XML declaration starts; null unless the part is UTF-8 without a
    /// byte order mark, which the second half, parsed without a declaration, is read as.
    /// </summary>
    private static int? AfterDeclaration(ReadOnlySpan<byte> xml)
    {
        if (xml.StartsWith(Utf8Bom) || xml[0] is 0xFE or 0xFF or 0)
        {
            return null;
        }

        if (!xml.StartsWith("<?xml"u8))
        {
            return 0;
        }

        var end = xml.IndexOf("?>"u8);
        if (end < 0)
        {
            return null;
        }

        var declaration = Encoding.ASCII.GetString(xml[..end]);
        var encoding = declaration.IndexOf("encoding", StringComparison.Ordinal);
        return encoding < 0 || declaration.AsSpan(encoding).ContainsAny("\"'") && IsUtf8(declaration.AsSpan(encoding)) ? end + 2 : null;
    }

    private static bool IsUtf8(ReadOnlySpan<char> encodingAttribute)
    {
        var open = encodingAttribute.IndexOfAny('"', '\'');
        var value = encodingAttribute[(open + 1)..];
        var close = value.IndexOf(encodingAttribute[open]);
        return close >= 0 && value[..close].Trim().Equals("UTF-8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The start tag (not self-closing) that is the next markup after white space; null for anything else.</summary>
    private static Tag? StartTag(ReadOnlySpan<byte> xml, int from)
    {
        var start = from;
        while (start < xml.Length && xml[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start + 1 >= xml.Length || xml[start] != '<' || xml[start + 1] is (byte)'/' or (byte)'!' or (byte)'?')
        {
            return null;
        }

        var nameEnd = xml[(start + 1)..].IndexOfAny(NameEnds);
        if (nameEnd <= 0)
        {
            return null;
        }

        nameEnd += start + 1;
        var quote = (byte)0;
        for (var i = nameEnd; i < xml.Length; i++)
        {
            var c = xml[i];
            if (quote != 0)
            {
                quote = c == quote ? (byte)0 : quote;
            }
            else if (c is (byte)'"' or (byte)'\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return xml[i - 1] == '/' ? null : new Tag(start, nameEnd, i + 1);
            }
        }

        return null;
    }

    /// <summary>Offset of the markup after the first <c>&lt;/w:tbl&gt;</c> past the middle of the body; -1 when none is a start tag.</summary>
    private static int BlockAfterTable(ReadOnlySpan<byte> xml, Tag body)
    {
        var name = xml[(body.Start + 1)..body.NameEnd];
        var colon = name.IndexOf((byte)':');
        var marker = new byte[colon + 7];
        "</"u8.CopyTo(marker);
        name[..(colon + 1)].CopyTo(marker.AsSpan(2));
        "tbl>"u8.CopyTo(marker.AsSpan(colon + 3));

        var middle = body.End + ((xml.Length - body.End) / 2);
        var found = xml[middle..].IndexOf(marker);
        if (found < 0)
        {
            return -1;
        }

        var offset = middle + found + marker.Length;
        while (offset < xml.Length && xml[offset] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            offset++;
        }

        return offset + 1 < xml.Length && xml[offset] == '<' && xml[offset + 1] is not ((byte)'/' or (byte)'!' or (byte)'?') ? offset : -1;
    }

    /// <summary>
    /// Line and column at which an XML reader reports the element starting right after <paramref name="head"/>:
    /// CR LF, CR and LF each end a line, and the column, counted in characters from 1, is that of the name.
    /// </summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> head)
    {
        var breaks = head.Count((byte)'\n') + head.Count((byte)'\r') - head.Count("\r\n"u8);
        var lineStart = head.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        return (breaks + 1, Encoding.UTF8.GetCharCount(head[lineStart..]) + 2);
    }

    private readonly record struct Tag(int Start, int NameEnd, int End)
    {
        public int Length => End - Start;
    }
}
