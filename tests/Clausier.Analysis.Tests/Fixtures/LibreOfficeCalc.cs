using System.Diagnostics;
using Clausier.Testing;

namespace Clausier.Analysis.Tests.Fixtures;

/// <summary>
/// Headless LibreOffice Calc, to check that a workbook opens without repair. The shared helper finds
/// soffice; Calc is a separate package (libreoffice-calc-nogui), so its library is checked too.
/// Each conversion runs with its own throw-away user profile.
/// </summary>
public static class LibreOfficeCalc
{
    public static bool IsAvailable { get; } = Find();

    /// <summary>Converts with the given filter (e.g. <c>pdf</c>, or a CSV filter with options); returns the files written.</summary>
    public static IReadOnlyList<string> Convert(string path, string outDir, string filter)
    {
        var profile = Path.Combine(Path.GetTempPath(), $"clausier-lo-profile-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(LibreOffice.Executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--nolockcheck", $"-env:UserInstallation=file://{profile}", "--convert-to", filter, "--outdir", outDir, path })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {path} in time");
            }

            var written = Directory.GetFiles(outDir).Where(f => f != path).Order(StringComparer.Ordinal).ToList();
            return written.Count > 0
                ? written
                : throw new InvalidOperationException($"soffice exited with {process.ExitCode} without writing anything: {output.Result} {error.Result}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static bool Find()
    {
        if (LibreOffice.Executable is not { } soffice)
        {
            return false;
        }

        var program = new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice;
        return File.Exists(Path.Combine(Path.GetDirectoryName(program)!, "libsclo.so"));
    }
}
