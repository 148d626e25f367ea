using System.Text;
using Clausier.Core.Diagnostics;

namespace Clausier.Core.Text;

/// <summary>
/// The one cleaning rule for text a buyer supplies (a tender's values, from YAML, a batch manifest or
/// the web form): characters XML 1.0 cannot carry (U+0000–U+001F other than tab, line feed and carriage
/// return, lone surrogates, U+FFFE, U+FFFF) are removed and reported against the value's own key, once,
/// before the value reaches any part of the annex (body, header, properties, manifest, custom XML).
/// </summary>
public static class ControlCharacters
{
    public static bool AreAbsent(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, ref i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> without the characters XML cannot carry; a warning (CLZ2030) names the value (<paramref name="what"/>) and the first one removed.</summary>
    public static string Clean(string text, MessageText what, SourceLocation? location, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (AreAbsent(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var removed = 0;
        int? first = null;
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            if (IsAllowed(text, ref i))
            {
                builder.Append(text, start, i - start + 1);
            }
            else
            {
                first ??= text[i];
                removed++;
            }
        }

        diagnostics.Report(DiagnosticSeverity.Warning, "CLZ2030", location, what, removed, first);
        return builder.ToString();
    }

    /// <summary>Whether the character at <paramref name="i"/> may stay; a valid surrogate pair is allowed whole and moves <paramref name="i"/> past it.</summary>
    private static bool IsAllowed(string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return true;
        }

        return c is '\t' or '\n' or '\r'
            || (c >= '\u0020' && c <= '\uD7FF')
            || (c >= '\uE000' && c <= '\uFFFD');
    }
}
