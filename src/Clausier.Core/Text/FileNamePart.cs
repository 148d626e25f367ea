using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Clausier.Core.Text;

/// <summary>
/// The one rule that turns text someone typed (a reference, a lot number, a segment, a candidate's or
/// product's name, an uploaded file's name) into part of a file name: ASCII letters and digits as typed,
/// accents dropped (<c>é</c> → <c>e</c>), <c>_</c> kept, and every other run of characters one dash.
/// The result is never a path (<c>/../../x</c> becomes <c>x</c>), never hidden or ending in a dot, never
/// empty, and short enough that a whole name fits every file system: a long value keeps its start and
/// gains a hash of the whole, so two long values still give two names.
/// </summary>
/// <remarks>
/// Case is kept, as the buyer typed the reference (<c>INFO-26-014</c>): a caller that writes several
/// such names into one folder compares them ignoring case, for the file systems that do.
/// </remarks>
public static class FileNamePart
{
    /// <summary>Longest part, in characters (all ASCII), including the hash of a cut value.</summary>
    public const int MaxLength = 60;

    private const int HashLength = 8;

    public static string Of(string text, string whenEmpty)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, 4 * MaxLength));
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        if (safe.Length > MaxLength)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashLength];
            safe = $"{safe[..(MaxLength - HashLength - 1)].TrimEnd('-')}-{hash}";
        }

        return safe.Length == 0 ? whenEmpty : safe;
    }
}
