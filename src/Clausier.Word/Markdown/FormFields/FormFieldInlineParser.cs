using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Clausier.Word.Markdown.FormFields;

/// <summary>
/// Parses <c>[[scope:field( items)?]]</c>. It runs before the link parser (both open on <c>[</c>) and
/// consumes the whole field, so that the <c>|</c> between dropdown items never reaches the pipe-table parser.
/// </summary>
internal sealed class FormFieldInlineParser : InlineParser
{
    public FormFieldInlineParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf("]]", start + 2, slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        if (!TryParse(text.AsSpan(start + 2, close - start - 2), out var scope, out var field, out var items))
        {
            return false;
        }

        var spanStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new FormFieldInline(scope, field, items)
        {
            Span = new SourceSpan(spanStart, spanStart + (close + 1 - start)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }

    /// <summary>
    /// <c>scope:field</c> or <c>scope:field items</c> between the brackets: a scope of ASCII letters,
    /// digits, <c>. _ -</c> (not starting with a punctuation mark), a field of ASCII letters, then
    /// optionally one space and dropdown items separated by <c>|</c>, on one line, without <c>]</c>.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> inner, out string scope, out string field, out string[] items)
    {
        scope = field = string.Empty;
        items = [];
        var colon = inner.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetterOrDigit(inner[0]))
        {
            return false;
        }

        foreach (var c in inner[1..colon])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        var rest = inner[(colon + 1)..];
        var fieldLength = 0;
        while (fieldLength < rest.Length && char.IsAsciiLetter(rest[fieldLength]))
        {
            fieldLength++;
        }

        var after = rest[fieldLength..];
        if (fieldLength == 0 || (after.Length > 0 && (after[0] != ' ' || after.Length == 1 || after[1..].IndexOfAny(']', '\r', '\n') >= 0)))
        {
            return false;
        }

        scope = inner[..colon].ToString();
        field = rest[..fieldLength].ToString();
        items = after.Length > 0 ? after[1..].ToString().Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
        return true;
    }
}
