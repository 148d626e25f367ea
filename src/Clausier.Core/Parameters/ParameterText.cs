using System.Text;
using System.Text.RegularExpressions;
using Clausier.Core.Linting;

namespace Clausier.Core.Parameters;

/// <summary>
/// Puts parameter values into clause text so the French still reads right: « de » and « à » before a
/// value starting with « le » or « les » contract (« du CH », « aux Hospices »), and a value opening a
/// sentence takes a capital. Values are data: the caller's <c>escape</c> protects them from Markdown.
/// </summary>
public static partial class ParameterText
{
    /// <summary>Replaces every <c>{{id}}</c> known to <paramref name="values"/>; others stay as written.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values, Func<string, string> escape)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        var matches = CatalogueLinter.ParameterUse().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 64);
        var copied = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (!values.TryGetValue(match.Groups["id"].Value, out var value))
            {
                continue;
            }

            // The text since the last placeholder, searched in place: as a range it is the whole input to the regex.
            var before = match.Index - copied;
            var preposition = Preposition().Match(text, copied, before);
            if (preposition.Success && Contracted(preposition.Groups["p"].Value, value) is { } contracted)
            {
                output.Append(text, copied, preposition.Index - copied);
                value = contracted;
            }
            else
            {
                output.Append(text, copied, before);
                if (StartsSentence(output))
                {
                    value = Capitalise(value);
                }
            }

            output.Append(escape(value));
            copied = match.Index + match.Length;
        }

        output.Append(text, copied, text.Length - copied);
        return output.ToString();
    }

    /// <summary>« de le CH » → « du CH », « à les Hospices » → « aux Hospices »; null when nothing contracts.</summary>
    private static string? Contracted(string preposition, string value)
    {
        var article = Article().Match(value);
        if (!article.Success)
        {
            return null;
        }

        var plural = article.Groups["a"].Value.Length == 3;
        var upper = char.IsUpper(preposition[0]);
        var word = (preposition.ToLowerInvariant(), plural) switch
        {
            ("de", false) => "du",
            ("de", true) => "des",
            (_, false) => "au",
            (_, true) => "aux",
        };
        return (upper ? char.ToUpperInvariant(word[0]) + word[1..] : word) + " " + value[article.Length..];
    }

    private static bool StartsSentence(StringBuilder output)
    {
        for (var i = output.Length - 1; i >= 0; i--)
        {
            var c = output[i];
            if (c == '\n' && i > 0 && output[i - 1] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return c is '.' or '!' or '?' || (c is '-' or '*' && (i == 0 || output[i - 1] == '\n'));
            }
        }

        return true;
    }

    private static string Capitalise(string value) =>
        value.Length > 0 && char.IsLower(value[0]) && !value.Contains('@', StringComparison.Ordinal) ? char.ToUpperInvariant(value[0]) + value[1..] : value;

    /// <summary>« de » or « à » ending the text before a placeholder, as a whole word.</summary>
    [GeneratedRegex(@"(?<![\p{L}'’])(?<p>[dD]e|[àÀ])[ \u00A0\r\n]+$", RegexOptions.RightToLeft)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(?<a>les|le)[ \u00A0]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
