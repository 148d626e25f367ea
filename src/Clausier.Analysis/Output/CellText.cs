using System.Text;
using System.Text.RegularExpressions;

namespace Clausier.Analysis.Output;

/// <summary>The one way text written by candidates gets into a cell, a chart cache or a property.</summary>
internal static partial class CellText
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    private const string Truncated = "… [texte tronqué : voir la sortie JSON]";

    /// <summary>
    /// Drops characters XML 1.0 cannot hold, escapes <c>_xHHHH_</c> sequences (which spreadsheet
    /// applications would otherwise decode as characters, ECMA-376 Part 1, §22.9.2.19) and cuts
    /// text over the cell limit with a notice.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD'))
            {
                builder.Append(c);
            }
        }

        var clean = EscapedCharacter().Replace(builder.ToString(), "_x005F_$1");
        return clean.Length > MaxCellCharacters
            ? string.Concat(clean.AsSpan(0, MaxCellCharacters - Truncated.Length), Truncated)
            : clean;
    }

    [GeneratedRegex("_(x[0-9A-Fa-f]{4}_)", RegexOptions.CultureInvariant)]
    private static partial Regex EscapedCharacter();
}
