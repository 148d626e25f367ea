using System.Text;

namespace Clausier.Web.Services;

/// <summary>
/// File names offered for download: ASCII letters, digits, dot, dash and underscore only, whatever the
/// buyer typed as a reference, so that no browser or file system misreads them.
/// </summary>
public static class DownloadNames
{
    public static string Safe(string stem, string extension)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '/' or '\\' or ':' or '.')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        if (safe.Length > 80)
        {
            safe = safe[..80];
        }

        return (safe.Length == 0 ? "clausier" : safe) + extension;
    }

    /// <summary>An uploaded file's name for display only (never a path on this machine): its last segment, bounded.</summary>
    public static string Display(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        if (name.Length > 120)
        {
            name = name[..120];
        }

        return name.Length == 0 ? "fichier sans nom" : name;
    }
}
