using System.Text;
using Clausier.Core.Parameters;

namespace Clausier.Templating.Model;

/// <summary>Text helpers exposed to templates and used to fill clause text.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes buyer-entered text so that Markdown reads it back character for character, wherever it
    /// lands (a paragraph, a heading, a table cell, a container line): every ASCII punctuation mark is
    /// backslash-escaped (CommonMark allows it for each of them, so no syntax of any extension can start),
    /// a line break becomes <c>&amp;#10;</c> (which the Word writer writes as a line break, even inside a
    /// table row), and spaces or tabs that Markdown would trim at either end become character references.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var first = 0;
        while (first < text.Length && text[first] is ' ' or '\t')
        {
            first++;
        }

        var last = text.Length;
        while (last > first && text[last - 1] is ' ' or '\t')
        {
            last--;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                builder.Append("&#10;");
            }
            else if ((i < first || i >= last) && c is ' ' or '\t')
            {
                builder.Append(c == ' ' ? "&#32;" : "&#9;");
            }
            else if (char.IsAsciiLetterOrDigit(c) || c <= ' ' || c > '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Replaces <c>{{id}}</c> in catalogue text by the escaped parameter values in force.</summary>
    public static string FillParameters(string markdown, IReadOnlyDictionary<string, string> values) =>
        ParameterText.Fill(markdown, values, Escape);

    /// <summary>Same as <see cref="FillParameters"/> for plain text (no escaping).</summary>
    public static string FillPlain(string text, IReadOnlyDictionary<string, string> values) =>
        ParameterText.Fill(text, values, static value => value);
}
