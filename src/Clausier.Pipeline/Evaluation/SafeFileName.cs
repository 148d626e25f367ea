using System.Text;

namespace Clausier.Pipeline.Evaluation;

/// <summary>
/// A file name made from text a buyer or candidate typed (a company, a reference): ASCII letters and
/// digits, dashes, lower case, so that no file system or browser misreads it.
/// </summary>
public static class SafeFileName
{
    public static string For(string stem, string extension)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '\\' or ':' or '.' or '\'' or '’') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        if (safe.Length > FileNamePart.MaxLength)
        {
            // As FileNamePart does: the start kept, and a hash of the whole so that two long names stay two.
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(stem)))[..8];
            safe = $"{safe[..(FileNamePart.MaxLength - 9)].Trim('-')}-{hash}";
        }

        return (safe.Length == 0 ? "candidat" : safe) + extension;
    }
}
