using System.Security.Cryptography;
using System.Text;

namespace Clausier.Core.Text;

/// <summary>
/// Normalised clause text and its hash. The writer hashes the paragraphs it emits for a clause, the
/// reader hashes the paragraphs it finds; both go through <see cref="Normalize"/> so that what
/// editors change without changing meaning (run splits, smart quotes, non-breaking spaces,
/// whitespace) does not count as tampering.
/// </summary>
public static class ClauseText
{
    public static string Normalize(IEnumerable<string> paragraphs) =>
        string.Join("\n", paragraphs.Select(NormalizeParagraph).Where(p => p.Length > 0));

    public static string NormalizeParagraph(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in Nfc.Normalize(text))
        {
            if (c is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue; // invisible characters editors insert; never meaningful in a clause
            }

            var mapped = Map(c);
            if (char.IsWhiteSpace(mapped))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(mapped);
        }

        return builder.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the normalised text.</summary>
    public static string Sha256(IEnumerable<string> paragraphs) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(paragraphs))));

    private static char Map(char c) => c switch
    {
        '\u00A0' or '\u202F' or '\u2007' or '\u2009' => ' ',
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2011' => '-',
        _ => c,
    };
}
