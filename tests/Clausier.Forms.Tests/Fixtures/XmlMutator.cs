using System.Text;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>
/// Seeded byte-level mutations of an XML part: tokens that change how XML is read (markup, references,
/// quotes, line ends, control characters, bytes that are not UTF-8, revision marks in formatting), put
/// anywhere, where markup starts, or where they keep the part well-formed, and runs of bytes deleted or
/// repeated. The same seed gives the same bytes, so a failure names its case.
/// </summary>
public sealed class XmlMutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly byte[][] Tokens =
    [
        .. Utf8(
            "<", ">", "/>", "</w:p>", "&", "&amp;", "&#x41;", "&#0;", "&#13;", "&#xD800;", "&bogus;", "\"", "'", "=",
            " w:val=\"x\"", " xmlns:x=\"urn:x\"", " xmlns:w=\"urn:other\"", " xmlns=\"urn:d\"", " xml:space=\"preserve\"",
            "\r", "\r\n", "\t", "\n", "\0", "\u0001", "\u001F", "]]>", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>",
            "<!DOCTYPE d>", "é", "\u2019", "\U0001F600", "<w:rPrChange/>", "<w:ins>", "</w:ins>", "<w:t>", "</w:t>",
            "<w:rPr>", "</w:rPr>", "<w:p>", "<w:instrText>"),
        [0xC3],
        [0xFF],
        [0xEF, 0xBF, 0xBE],
        [0xC0, 0xAF],
    ];

    // What keeps the part well-formed, or nearly, where it is put: whole elements where a tag starts,
    // text after a tag ends, attributes before a start tag ends. Most single-token mutations make the
    // part malformed; these reach the trees the two paths build.
    private static readonly byte[][] Elements = Utf8(
        "<w:rPrChange/>", "<w:ins w:id=\"9\"/>", "<w:rPr><w:b/><w:ins w:id=\"1\"/></w:rPr>", "<w:pPr><w:rPr><w:del w:id=\"2\"/></w:rPr></w:pPr>",
        "<w:t>x</w:t>", "<w:t xml:space=\"preserve\"> &amp;&#x41;é </w:t>", "<w:instrText> PAGE </w:instrText>", "<w:p/>", "<w:t/>",
        "<w:sdtPr><w:alias w:val=\"a\"/><w:tag w:val=\"t\"/></w:sdtPr>", "<a:graphic xmlns:a=\"urn:x\"><a:p/></a:graphic>",
        "<w:p xmlns:w=\"urn:other\"><w:t>x</w:t></w:p>", "<!-- c -->", "<?pi x?>", "<![CDATA[x]]>", "<x:p xmlns:x=\"urn:x\"/>");

    private static readonly byte[][] Texts =
    [
        .. Utf8("&amp;", "&lt;", "&#x41;", "&#233;", "&#0;", "&#1;", "&#13;", "&#xD800;", "&#x1F600;", "é", "\u2019", "\U0001F600", "\r\n", "\r",
            "\t", "\n", " ", "\u0001", "\u000B", "\uFFFE", "]]>", "]]", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>", "x"),
        [0xC3],
        [0xC0, 0xAF],
    ];

    private static readonly byte[][] Attributes = Utf8(
        " w:val=\"x\"", " w:id='1'", " xmlns:x=\"urn:x\"", " xmlns:w=\"urn:other\"", " xml:space=\"preserve\"", " w:val=\"a&#10;b\tc\r\nd\"",
        " w:name=\"&amp;&lt;&#1;\"", " val=\"v\"", " xmlns:x=\"urn:x\" x:val=\"v\"", " w:val = 'é’'", " w:val=\"x\" w:val=\"y\"");

    private static readonly byte[] Markup = "<&\">"u8.ToArray();

    /// <summary>One to four mutations of <paramref name="xml"/>, which is left as it is.</summary>
    public byte[] Mutate(byte[] xml)
    {
        // Half the cases only put markup where it belongs, so that more of them are read to the end.
        var gentle = _random.Next(2) == 0;
        var data = xml;
        var steps = 1 + _random.Next(4);
        for (var i = 0; i < steps; i++)
        {
            data = _random.Next(gentle ? 3 : 10) switch
            {
                0 => Insert(data, Pick(Elements), At((byte)'<', data)),
                1 => Insert(data, Pick(Texts), At((byte)'>', data) + 1),
                2 => Insert(data, Pick(Attributes), StartTagEnd(data)),
                < 6 => Insert(data, Pick(Tokens), Position(data)),
                < 8 => Replace(data, Position(data), Pick(Tokens)),
                8 => Delete(data, Position(data), 1 + _random.Next(_random.Next(2) == 0 ? 4 : 64)),
                _ => Duplicate(data, Position(data), 1 + _random.Next(256)),
            };
        }

        return data;
    }

    /// <summary><paramref name="xml"/> cut at a random position.</summary>
    public byte[] Truncate(byte[] xml) => xml[.._random.Next(xml.Length + 1)];

    private byte[] Pick(byte[][] tokens) => tokens[_random.Next(tokens.Length)];

    private static byte[][] Utf8(params string[] tokens) => [.. tokens.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Anywhere, or half the time at (or just after) a <c>&lt;</c>, <c>&amp;</c>, quote or <c>&gt;</c>, where a token changes most.</summary>
    private int Position(byte[] data)
    {
        var position = _random.Next(data.Length + 1);
        if (_random.Next(2) == 0 || position == data.Length)
        {
            return position;
        }

        var found = data.AsSpan(position).IndexOfAny(Markup);
        if (found < 0)
        {
            found = data.AsSpan(0, position).IndexOfAny(Markup);
            return found < 0 ? position : found + _random.Next(2);
        }

        return position + found + _random.Next(2);
    }

    /// <summary>The position of a <paramref name="value"/> byte after a random one, or of the first; a random position when there is none.</summary>
    private int At(byte value, byte[] data)
    {
        var from = _random.Next(data.Length + 1);
        var found = data.AsSpan(from).IndexOf(value);
        if (found >= 0)
        {
            return from + found;
        }

        found = data.AsSpan(0, from).IndexOf(value);
        return found >= 0 ? found : Math.Max(0, from - 1);
    }

    /// <summary>Where a start tag ends, before its <c>&gt;</c> or <c>/&gt;</c>; where another tag ends when none is found nearby.</summary>
    private int StartTagEnd(byte[] data)
    {
        var end = At((byte)'>', data);
        for (var tries = 0; tries < 8 && end < data.Length && data[end] == '>'; tries++)
        {
            var start = data.AsSpan(0, end).LastIndexOf((byte)'<');
            if (start >= 0 && start + 1 < end && data[start + 1] is not ((byte)'/' or (byte)'?' or (byte)'!'))
            {
                return data[end - 1] == '/' ? end - 1 : end;
            }

            var next = data.AsSpan(end + 1).IndexOf((byte)'>');
            if (next < 0)
            {
                break;
            }

            end += 1 + next;
        }

        return end;
    }

    private static byte[] Insert(byte[] data, byte[] token, int position) =>
        [.. data.AsSpan(0, position), .. token, .. data.AsSpan(position)];

    private byte[] Replace(byte[] data, int position, byte[] token)
    {
        var replaced = Math.Min(data.Length - position, 1 + _random.Next(token.Length + 2));
        return [.. data.AsSpan(0, position), .. token, .. data.AsSpan(position + replaced)];
    }

    private static byte[] Delete(byte[] data, int position, int length)
    {
        length = Math.Min(length, data.Length - position);
        return [.. data.AsSpan(0, position), .. data.AsSpan(position + length)];
    }

    private static byte[] Duplicate(byte[] data, int position, int length)
    {
        length = Math.Min(length, data.Length - position);
        return [.. data.AsSpan(0, position + length), .. data.AsSpan(position)];
    }
}
