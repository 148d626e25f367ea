using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>
/// <c>clausier serve</c>, run as a user runs it, in its own process with an empty home, temp and working
/// folder: a buyer's whole session (form, preview, downloads, upload, catalogue) leaves all three empty.
/// </summary>
public sealed class NoFileWrittenTests(Browser browser) : IClassFixture<Browser>
{
    [SkippableFact]
    public async Task Clausier_serve_writes_no_file_in_home_temp_or_working_folder_during_a_browser_session()
    {
        Skip.IfNot(Browser.Available, "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).");
        var cli = CliPath();
        Skip.If(cli is null, "clausier.dll is not built beside the sources (src/Clausier.Cli/bin).");
        using var root = new TempDir("clausier-serve-nofile");
        var home = Directory.CreateDirectory(Path.Combine(root.Path, "home")).FullName;
        var temp = Directory.CreateDirectory(Path.Combine(root.Path, "tmp")).FullName;
        var work = Directory.CreateDirectory(Path.Combine(root.Path, "work")).FullName;
        using var upload = new TempDir("clausier-web-e2e");
        var annex = upload.Write("offre-alpha.docx", Annexes.Filled());
        var port = FreePort();

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli!);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.Environment["HOME"] = home;
        start.Environment["TMPDIR"] = temp;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var server = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => log.AppendLine(e.Data);
        server.ErrorDataReceived += (_, e) => log.AppendLine(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            var address = new Uri($"http://127.0.0.1:{port}/");
            await WaitUntilListening(address);
            var page = await browser.NewPage(address);
            await page.GotoAsync("/Consultation?exemple=true");
            await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu du texte" }).ClickAsync();
            await Assertions.Expect(page.Locator(".annex-preview")).ToBeVisibleAsync();
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = "Télécharger l’annexe du lot unique (DOCX)" }).ClickAsync());
            Assert.Null(await download.FailureAsync());
            await page.GotoAsync("/Analyse");
            await page.Locator("#files").SetInputFilesAsync(annex);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();
            await Assertions.Expect(page.Locator(".answers-table").First).ToContainTextAsync(Annexes.FilledAnswer);
            var workbook = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Classeur de comparaison (XLSX)" }).ClickAsync());
            Assert.Null(await workbook.FailureAsync());
            await page.GotoAsync("/Catalogue?q=chiffrements");
            await page.Context.CloseAsync();

            var written = Directory.EnumerateFileSystemEntries(root.Path, "*", SearchOption.AllDirectories)
                .Where(p => p != home && p != temp && p != work)
                .Select(p => Path.GetRelativePath(root.Path, p))
                .Where(p => !IsRuntimeDiagnosticsSocket(p))
                .ToList();
            Assert.True(written.Count == 0, "clausier serve wrote: " + string.Join(", ", written));
            Assert.DoesNotContain("DataProtection", log.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>
    /// The .NET runtime's own endpoints, made in the temp folder of every .NET process while it runs and
    /// removed when it exits: the diagnostics socket (dotnet-trace, dotnet-counters) and the debugger's
    /// pipes. They hold no data of the application (DOTNET_EnableDiagnostics=0 turns them off).
    /// </summary>
    private static bool IsRuntimeDiagnosticsSocket(string path)
    {
        var name = Path.GetFileName(path);
        return Path.GetDirectoryName(path) == "tmp"
            && ((name.StartsWith("dotnet-diagnostic-", StringComparison.Ordinal) && name.EndsWith("-socket", StringComparison.Ordinal))
                || (name.StartsWith("clr-debug-pipe-", StringComparison.Ordinal) && (name.EndsWith("-in", StringComparison.Ordinal) || name.EndsWith("-out", StringComparison.Ordinal))));
    }

    private static async Task WaitUntilListening(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"clausier serve did not answer on {address}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The command line built beside the sources, in the configuration of these tests.</summary>
    private static string? CliPath()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = output.Parent?.Name ?? "Release";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "src", "Clausier.Cli", "bin", configuration, "net10.0", "clausier.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
