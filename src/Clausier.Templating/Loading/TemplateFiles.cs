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
                diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2010", location, MessageText.Reason(ex)));
                continue;
            }

            if (!string.Equals(Path.GetDirectoryName(real), realFolder, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2010.link", location, real));
                continue;
            }

            var remaining = limits.TimeLimit - clock.Elapsed;
            var read = Task.Run(() => ReadAtMost(real, limits.MaxFileBytes + 1));
            if (remaining <= TimeSpan.Zero || !read.Wait(remaining))
            {
                // A named pipe blocks its reader until someone writes; the read is left behind rather than waited for.
                diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2005.read", location, limits.TimeLimit.TotalSeconds));
                return null;
            }

            if (read.Exception is { } failure)
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2012", location,
                    failure.InnerException is { } inner ? MessageText.Reason(inner) : MessageText.Empty));
                continue;
            }

            var bytes = read.Result;
            if (bytes.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2011.file", location, limits.MaxFileBytes / 1024));
                continue;
            }

            total += bytes.Length;
            if (total > limits.MaxFolderBytes)
            {
                diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ2011.folder", location, limits.MaxFolderBytes / 1024));
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
