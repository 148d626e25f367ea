using System.Net;
using System.Runtime.InteropServices;

namespace Clausier.Distribution.Tests;

/// <summary><c>clausier serve</c> from the installed tool and from the single-file executable: pages and embedded assets served.</summary>
[Collection(DistributionArtifacts.Name)]
public sealed class ServeTests(DistributionBuild build)
{
    [Fact]
    public async Task Installed_tool_serves_the_pages_and_their_assets()
    {
        var package = await build.Package;
        var tools = build.NewFolder("serve-tools");
        await DistributionBuild.DotnetAsync(
            "tool", "install", "--tool-path", tools, "--add-source", package.Folder, "Clausier.Cli", "--version", package.Version);

        await using var serve = await ServeRun.Start(Path.Combine(tools, OperatingSystem.IsWindows() ? "clausier.exe" : "clausier"), build.NewFolder("serve-empty"), null);

        await AssertServes(serve);
    }

    [SkippableFact]
    public async Task Single_file_executable_serves_the_pages_and_their_assets()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new SkipException("the linux-x64 executable runs on Linux x64 only");
        }

        var alone = build.NewFolder("serve-alone");
        var clausier = Path.Combine(alone, "clausier");
        File.Copy(await build.LinuxExecutable, clausier);
        File.SetUnixFileMode(clausier, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string> { ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = build.NewFolder("serve-extracted") };

        await using var serve = await ServeRun.Start(clausier, alone, environment);

        await AssertServes(serve);
    }

    private static async Task AssertServes(ServeRun serve)
    {
        Assert.Contains($"Clausier.Docs is listening on {serve.Address}", serve.Output, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = serve.Address };
        var page = await http.GetAsync(new Uri("Catalogue", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Catalogue des exigences", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var asset in new[] { "static/site.css", "static/site.js" })
        {
            var response = await http.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}{Environment.NewLine}{serve.Output}");
        }
    }
}
