using System.Diagnostics;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>Runs LibreOffice headless to re-save a file, with a throw-away profile inside the test's temp folder.</summary>
public sealed class Soffice(string executable)
{
    /// <summary>Debian 12's LibreOffice (7.4 here).</summary>
    public static Soffice? System { get; } = Find("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice");

    /// <summary>The current LibreOffice unpacked by shared/tools/libreoffice-current.sh (25.2 here).</summary>
    public static Soffice? Current { get; } = Find("/tmp/lo25/soffice");

    public string Executable { get; } = executable;

    /// <summary>Converts <paramref name="input"/> to <paramref name="filter"/> (e.g. <c>docx:MS Word 2007 XML</c>, no shell quotes) and returns the new file.</summary>
    public string Convert(string input, string filter, string extension, TempFolder temp)
    {
        var outDir = Directory.CreateDirectory(temp.File($"out-{Guid.NewGuid():N}")).FullName;
        var profile = new Uri(Directory.CreateDirectory(temp.File($"profile-{Guid.NewGuid():N}")).FullName).AbsoluteUri;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = temp.Path,
        };
        foreach (var argument in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, input })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = temp.Path;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Executable} did not finish converting {input}");
        }

        var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + extension);
        if (!File.Exists(output))
        {
            throw new InvalidOperationException($"{Executable} produced no {extension}: {stdout.Result} {stderr.Result}");
        }

        return output;
    }

    private static Soffice? Find(params string[] candidates) =>
        candidates.Where(File.Exists).Select(path => new Soffice(path)).FirstOrDefault();
}
