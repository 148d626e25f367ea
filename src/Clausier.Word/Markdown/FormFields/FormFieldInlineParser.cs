using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Clausier.Word.Markdown.FormFields;

/// <summary>
/// Parses <c>[[scope:field( items)?]]</c>. It runs before the link parser (both open on <c>[</c>) and
/// consumes the whole field, so that the <c>|</c> between dropdown items never reaches the pipe-table parser.
/// </summary>
internal sealed partial class FormFieldInlineParser : InlineParser
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

        var match = Syntax().Match(text, start + 2, close - start - 2);
        if (!match.Success)
        {
            return false;
        }

        var items = match.Groups["items"].Success
            ? match.Groups["items"].Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        var spanStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new FormFieldInline(match.Groups["scope"].Value, match.Groups["field"].Value, items)
        {
            Span = new SourceSpan(spanStart, spanStart + (close + 1 - start)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }

    // Matched against the text between the brackets only, which the engine treats as the whole input.
    [GeneratedRegex(@"^(?<scope>[A-Za-z0-9][A-Za-z0-9._-]*):(?<field>[A-Za-z]+)(?: (?<items>[^\]\r\n]+))?\z")]
    private static partial Regex Syntax();
}
