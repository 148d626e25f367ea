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
        return reason is null ? null : Diagnostic.Error(PipelineDiagnosticIds.UnwritableOutput, $"cannot write the output here: {reason}",
            new FileLocation(string.IsNullOrEmpty(path) ? "(empty path)" : path));
    }

    /// <summary>Null when the path can be written as far as can be told before writing; else the reason, as a sentence.</summary>
    public static string? WhyNot(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "the output path is empty.";
        }

        if (path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(path))
        {
            return "this is a folder; name a file in it (for example annexe.docx inside it).";
        }

        return WhyNotInside(path);
    }

    /// <summary>Null when <paramref name="path"/> can be used (or created) as an output folder; else the reason.</summary>
    public static string? WhyNotFolder(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "the output folder is empty.";
        }

        return File.Exists(path) ? "this is a file, not a folder." : WhyNotInside(path);
    }

    /// <summary>Folder checks every output shares: a valid path, outside the system folders, short names, no file where a folder must be.</summary>
    private static string? WhyNotInside(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "this is not a valid path.";
        }

        if (Array.Exists(SystemFolders, f => full == f || full.StartsWith(f + "/", StringComparison.Ordinal)))
        {
            return "this is a system folder of the machine, not a place for documents.";
        }

        foreach (var name in full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var bytes = Encoding.UTF8.GetByteCount(name);
            if (bytes > MaxNameBytes)
            {
                return $"a name in the path is {bytes} bytes long; file systems accept at most {MaxNameBytes}.";
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
                return $"'{folder}' is a file, not a folder.";
            }
        }

        return null;
    }
}
