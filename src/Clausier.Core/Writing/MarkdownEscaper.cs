using System.Text;

namespace Clausier.Core.Writing;

/// <summary>
/// Turns plain text into CommonMark source that reads back as the same text, in the catalogue
/// loader (plain CommonMark) and in the annex pipeline (pipe tables, <c>:::</c> containers, footnotes,
/// <c>[[…]]</c> form fields, <c>{{…}}</c> parameters). Characters are escaped only where they would
/// change the meaning, so that imported clause text stays readable for the lawyers who edit it.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Escapes what would be read as inline markup anywhere in a line.</summary>
    public static string EscapeInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = i > 0 ? text[i - 1] : '\0';
            var escape = c switch
            {
                '\\' or '`' or '*' => true,
                // Intra-word underscores never open emphasis; only those at a word boundary can.
                '_' => !char.IsLetterOrDigit(previous) || !char.IsLetterOrDigit(next),
                '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
                '[' => next is '[' or '^' || OpensLink(text, i),
                '~' => next == '~' || previous == '~',
                // "{{" would read as a parameter: the second brace is escaped, so no two braces stay adjacent.
                '{' => previous == '{',
                '&' => IsEntity(text, i),
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Escapes inline markup and what would open a block at the start of a paragraph or list item.</summary>
    public static string EscapeBlock(string text) => EscapeBlockStart(EscapeInline(text));

    /// <summary>Text for one pipe-table cell: inline markup, pipes and line breaks neutralised.</summary>
    public static string EscapeTableCell(string text) =>
        EscapeInline(text.Replace('\n', ' ').Replace('\r', ' ')).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>
    /// Escapes the first character of already inline-escaped text when it would start a heading,
    /// quote, list, thematic break, code fence or custom container.
    /// </summary>
    public static string EscapeBlockStart(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text[0] is '#' or '>' or '-' or '+' or '=' || text.StartsWith(":::", StringComparison.Ordinal))
        {
            return "\\" + text;
        }

        // "1. " or "1) " would open an ordered list.
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t'))
        {
            return string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
        }

        return text;
    }

    /// <summary>A bracket whose closing bracket is followed by "(", "[" or ":" would make a link or a link definition.</summary>
    private static bool OpensLink(string text, int index)
    {
        for (var i = index + 1; i < text.Length; i++)
        {
            if (text[i] == '[')
            {
                return false;
            }

            if (text[i] == ']')
            {
                return i + 1 < text.Length && text[i + 1] is '(' or '[' or ':';
            }
        }

        return false;
    }

    private static bool IsEntity(string text, int index)
    {
        var i = index + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && i - start < 32 && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == ';';
    }
}
