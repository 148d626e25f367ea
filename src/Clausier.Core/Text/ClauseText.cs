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
    /// <summary>The normalised paragraphs joined by line feeds; paragraphs left empty are dropped.</summary>
    public static string Normalize(IEnumerable<string> paragraphs)
    {
        // One builder for the whole clause: the writer and the reader hash every clause of every annex.
        var builder = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var separator = builder.Length;
            if (separator > 0)
            {
                builder.Append('\n');
            }

            var start = builder.Length;
            AppendNormalized(builder, paragraph);
            if (builder.Length == start)
            {
                builder.Length = separator;
            }
        }

        return builder.ToString();
    }

    public static string NormalizeParagraph(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendNormalized(builder, text);
        return builder.ToString();
    }

    private static void AppendNormalized(StringBuilder builder, string text)
    {
        var start = builder.Length;
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
                pendingSpace = builder.Length > start;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(mapped);
        }
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
