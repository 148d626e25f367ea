using System.Diagnostics;

namespace Clausier.Testing;

/// <summary>
/// Headless LibreOffice for tests that check what candidates' editors make of an annex. Each
/// conversion uses its own throw-away user profile, so parallel runs do not lock each other out.
/// </summary>
public static class LibreOffice
{
    private static readonly string[] KnownPaths = ["/usr/bin/soffice", "/tmp/lo25/soffice", "/usr/lib/libreoffice/program/soffice"];

    public static string? Executable { get; } = Find();

    public static bool IsAvailable => Executable is not null;

    /// <summary>Converts a DOCX to PDF in <paramref name="outDir"/>; returns the PDF's path.</summary>
    public static string ConvertToPdf(string docxPath, string outDir, TimeSpan? timeout = null)
    {
        var soffice = Executable ?? throw new InvalidOperationException("soffice not found");
        var profile = Path.Combine(Path.GetTempPath(), $"clausier-lo-profile-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--nolockcheck", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outDir, docxPath })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {docxPath} in time");
            }

            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
            return File.Exists(pdf)
                ? pdf
                : throw new InvalidOperationException($"soffice exited with {process.ExitCode} without writing {pdf}: {output.Result} {error.Result}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static string? Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"));
        return onPath.Concat(KnownPaths).FirstOrDefault(File.Exists);
    }
}
