using Clausier.Core.Text;

namespace Clausier.Web.Services;

/// <summary>
/// File names offered for download, made by the one file-name rule (<see cref="FileNamePart"/>) whatever
/// the buyer typed as a reference, and uploaded files' names as the page shows them.
/// </summary>
public static class DownloadNames
{
    public static string Safe(string stem, string extension) => FileNamePart.Of(stem, "clausier") + extension;

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
