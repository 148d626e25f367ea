using System.Buffers;
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
        var (buffer, length) = NormalizeIntoPooled(paragraphs);
        try
        {
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static string NormalizeParagraph(string text) => Normalize([text]);

    /// <summary>Lower-case hex SHA-256 of the normalised text.</summary>
    /// <remarks>
    /// Every clause of every annex written or read is hashed: the text goes through pooled buffers
    /// rather than a string and its UTF-8 copy, which were a large part of what reading an annex allocated.
    /// </remarks>
    public static string Sha256(IEnumerable<string> paragraphs)
    {
        var (chars, length) = NormalizeIntoPooled(paragraphs);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The normalised text in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, which the caller returns.</summary>
    private static (char[] Buffer, int Length) NormalizeIntoPooled(IEnumerable<string> paragraphs)
    {
        // Normalising never lengthens a paragraph (characters are dropped, merged or mapped one to one).
        var composed = paragraphs.Select(Nfc.Normalize).ToList();
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, composed.Sum(p => p.Length + 1)));
        var length = 0;
        foreach (var paragraph in composed)
        {
            var separator = length;
            if (separator > 0)
            {
                buffer[length++] = '\n';
            }

            var start = length;
            length = AppendNormalized(paragraph, buffer, length);
            if (length == start)
            {
                length = separator;
            }
        }

        return (buffer, length);
    }

    private static int AppendNormalized(string composed, char[] buffer, int length)
    {
        var start = length;
        var pendingSpace = false;
        foreach (var c in composed)
        {
            // Printable ASCII, most of any clause, is kept as it is: no mapping, never whitespace.
            if (c is > ' ' and <= '~')
            {
                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
                continue;
            }

            if (c is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue; // invisible characters editors insert; never meaningful in a clause
            }

            var mapped = Map(c);
            if (char.IsWhiteSpace(mapped))
            {
                pendingSpace = length > start;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = mapped;
        }

        return length;
    }

    private static char Map(char c) => c switch
    {
        '\u00A0' or '\u202F' or '\u2007' or '\u2009' => ' ',
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2011' => '-',
        _ => c,
    };
}
