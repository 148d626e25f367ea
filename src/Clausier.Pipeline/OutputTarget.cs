using System.Text;
using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline;

/// <summary>
/// Checks an output path before any work starts, so that a command that cannot write says why at
/// once (CLZ6001) instead of failing with an exception after generating, or leaving a half-written file.
/// </summary>
public static class OutputTarget
{
    /// <summary>Longest file or folder name, in UTF-8 bytes, that Linux, macOS and Windows file systems all accept.</summary>
    public const int MaxNameBytes = 255;

    private static readonly string[] SystemFolders = ["/proc", "/sys", "/dev"];

    /// <summary>Null when the path can be written as far as can be told before writing; else why not.</summary>
    public static Diagnostic? Check(string path, bool folder = false)
    {
        var reason = folder ? WhyNotFolder(path) : WhyNot(path);
        return reason is null ? null : Diagnostic.Of(DiagnosticSeverity.Error, "CLZ6001", new FileLocation(string.IsNullOrEmpty(path) ? "(empty path)" : path), reason);
    }

    /// <summary>Null when the path can be written as far as can be told before writing; else the reason, as a sentence.</summary>
    public static MessageText? WhyNot(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return MessageCatalogue.Format("CLZ6001.empty-path");
        }

        if (path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(path))
        {
            return MessageCatalogue.Format("CLZ6001.folder");
        }

        return WhyNotInside(path);
    }

    /// <summary>Null when <paramref name="path"/> can be used (or created) as an output folder; else the reason.</summary>
    public static MessageText? WhyNotFolder(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return MessageCatalogue.Format("CLZ6001.empty-folder");
        }

        return File.Exists(path) ? MessageCatalogue.Format("CLZ6001.file") : WhyNotInside(path);
    }

    /// <summary>Folder checks every output shares: a valid path, outside the system folders, short names, no file where a folder must be.</summary>
    private static MessageText? WhyNotInside(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return MessageCatalogue.Format("CLZ6001.invalid-path");
        }

        if (Array.Exists(SystemFolders, f => full == f || full.StartsWith(f + "/", StringComparison.Ordinal)))
        {
            return MessageCatalogue.Format("CLZ6001.system-folder");
        }

        foreach (var name in full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var bytes = Encoding.UTF8.GetByteCount(name);
            if (bytes > MaxNameBytes)
            {
                return MessageCatalogue.Format("CLZ6001.long-name", bytes, MaxNameBytes);
            }
        }

        for (var folder = Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
            {
                break;
            }

            if (File.Exists(folder))
            {
                return MessageCatalogue.Format("CLZ6001.file-in-path", folder);
            }
        }

        return null;
    }
}
