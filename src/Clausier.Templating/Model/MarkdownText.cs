using System.Text;
using Clausier.Core.Parameters;

namespace Clausier.Templating.Model;

/// <summary>Text helpers exposed to templates and used to fill clause text.</summary>
public static class MarkdownText
{
    /// <summary>Escapes buyer-entered text so that Markdown does not reinterpret it.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '|' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c == '\n' || c == '\r' ? ' ' : c);
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
