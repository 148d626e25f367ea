using System.Diagnostics;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;

namespace Clausier.Templating.Loading;

/// <summary>
/// Reads the <c>*.sbn-md</c> files of a template folder within bounds: only files whose real path
/// (links followed) is in the real folder, each and all together under a size cap, the whole read
/// inside the template time limit. A link to <c>/etc/passwd</c> or <c>/dev/zero</c> is refused by where
/// it leads; a named pipe, which would block a read forever, is given up at the time limit.
/// </summary>
internal static class TemplateFiles
{
    /// <returns>Text by real path, in file-name order; null when any file was refused (the reasons are in <paramref name="diagnostics"/>).</returns>
    public static IReadOnlyList<(string RealPath, string Display, string Text)>? Read(string folder, TemplateLimits limits, List<Diagnostic> diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var realFolder = RealPath.Of(folder);
        var files = new List<(string, string, string)>();
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.sbn-md").Order(StringComparer.Ordinal))
        {
            var display = TemplateSet.DisplayPath(file);
            var location = new FileLocation(display);
            string real;
            try
            {
                real = RealPath.Of(file);
            }
            catch (IOException ex)
            {
                diagnostics.Add(Diagnostic.Error(TemplateDiagnosticIds.OutsideFolder, ex.Message, location));
                continue;
            }

            if (!string.Equals(Path.GetDirectoryName(real), realFolder, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(TemplateDiagnosticIds.OutsideFolder,
                    $"This template is a link to {real}, outside the template folder; only files inside the folder are read. Copy the file into the folder instead.", location));
                continue;
            }

            var remaining = limits.TimeLimit - clock.Elapsed;
            var read = Task.Run(() => ReadAtMost(real, limits.MaxFileBytes + 1));
            if (remaining <= TimeSpan.Zero || !read.Wait(remaining))
            {
                // A named pipe blocks its reader until someone writes; the read is left behind rather than waited for.
                diagnostics.Add(Diagnostic.Error(TemplateDiagnosticIds.Timeout,
                    $"Reading the template folder took longer than {limits.TimeLimit.TotalSeconds:0} s and was stopped at this file: a named pipe or a device is not a template file.", location));
                return null;
            }

            if (read.Exception is { } failure)
            {
                diagnostics.Add(Diagnostic.Error(TemplateDiagnosticIds.Unreadable, $"The template cannot be read: {failure.InnerException?.Message}", location));
                continue;
            }

            var bytes = read.Result;
            if (bytes.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(TemplateDiagnosticIds.TooLarge,
                    $"The template is larger than {limits.MaxFileBytes / 1024} KiB; annex templates are a few KiB. It was not read.", location));
                continue;
            }

            total += bytes.Length;
            if (total > limits.MaxFolderBytes)
            {
                diagnostics.Add(Diagnostic.Error(TemplateDiagnosticIds.TooLarge,
                    $"The templates of the folder together pass {limits.MaxFolderBytes / 1024} KiB; reading stopped at this file.", location));
                return null;
            }

            var bag = new DiagnosticBag();
            if (Utf8Text.Decode(display, bytes, bag) is { } text)
            {
                files.Add((real, display, text));
            }

            diagnostics.AddRange(bag.Items);
        }

        return diagnostics.Exists(d => d.IsError) ? null : files;
    }

    private static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[Math.Min(limit, 64 * 1024)];
        var length = 0;
        int count;
        while (length < limit && (count = stream.Read(buffer, length, Math.Min(buffer.Length - length, limit - length))) > 0)
        {
            length += count;
            if (length == buffer.Length && length < limit)
            {
                Array.Resize(ref buffer, Math.Min(limit, buffer.Length * 2));
            }
        }

        return buffer[..length];
    }
}
