using System.Text;
using Clausier.Word.Wml;

namespace Clausier.Word.Docx;

/// <summary>
/// The one way text enters the document: characters XML 1.0 cannot carry are removed (and reported by
/// the caller). Its spaces are kept by the serializer, which marks text that needs it <c>xml:space="preserve"</c>.
/// </summary>
internal static class WordText
{
    /// <summary>Removes characters outside the XML 1.0 <c>Char</c> production; <paramref name="removed"/> gets each one's index.</summary>
    public static string Clean(string text, Action<int, int>? removed = null)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                removed?.Invoke(i, c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// False for text <see cref="Clean"/> returns as it is: nearly all of it, which then costs the caller
    /// no callback for characters that are never found.
    /// </summary>
    public static bool NeedsCleaning(string text) => NeedsCleaning(text.AsSpan());

    /// <inheritdoc cref="NeedsCleaning(string)"/>
    public static bool NeedsCleaning(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('\u0020', '\uD7FF') >= 0;

    /// <summary>A <c>w:t</c> for text already passed through <see cref="Clean"/>.</summary>
    public static WmlElement Element(string cleanText) => new(W.Text, cleanText);

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');
}
