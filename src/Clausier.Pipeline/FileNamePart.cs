using System.IO.Hashing;
using System.Text;

namespace Clausier.Pipeline;

/// <summary>
/// The one rule that turns a value the buyer typed (reference, lot number, segment) into part of an
/// output file name: ASCII letters, digits, '-', '_' and '.', never a path separator, never empty, and
/// short enough that the whole name fits every file system. <c>/../../x</c> becomes <c>..-..-x</c>
/// (a name, not a path); a long value keeps its start and gains a hash of the whole, so two long
/// values still give two names.
/// </summary>
public static class FileNamePart
{
    /// <summary>Longest part, in characters (all ASCII), including the hash of a cut value.</summary>
    public const int MaxLength = 60;

    private const int HashLength = 8;

    public static string Of(string text, string whenEmpty)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 4 * MaxLength));
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '/' or '\\' or ':')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('.', '-');
        if (safe.Length > MaxLength)
        {
            var hash = Convert.ToHexStringLower(XxHash32.Hash(Encoding.UTF8.GetBytes(text)));
            safe = $"{safe[..(MaxLength - HashLength - 1)].TrimEnd('.', '-')}-{hash}";
        }

        return safe.Length == 0 ? whenEmpty : safe;
    }
}
