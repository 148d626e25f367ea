using System.Text.RegularExpressions;
using Clausier.Testing;

namespace Clausier.Distribution.Tests;

/// <summary>
/// Packs the tool and publishes the single-file executable once for the whole collection, from the
/// working copy, as scripts/publish.sh and the README do. Everything — intermediate build, package,
/// executables, installed tool, extracted bundle — lives in one temp folder, so that these tests
/// never write into the checkout's obj/ and bin/ folders, which the solution build is using.
/// </summary>
public sealed partial class DistributionBuild : IDisposable
{
    /// <summary>Generous: under a loaded 2-core CI machine, a cold build of the libraries takes minutes.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    /// <summary>A command of the installed tool; seconds normally, the first run of a bundle also extracts it.</summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private readonly TempDir work = new("clausier-dist");
    private readonly Lazy<Task<ToolPackage>> package;
    private readonly Lazy<Task<string>> linuxExecutable;

    public DistributionBuild()
    {
        package = new(PackAsync);
        linuxExecutable = new(PublishLinuxAsync);
    }

    public static string RepositoryRoot { get; } = Checkout.Root;

    public static string CliProject => Path.Combine(RepositoryRoot, "src", "Clausier.Cli", "Clausier.Cli.csproj");

    /// <summary>The dotnet host running these tests, so that nested commands use the same SDK.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The package made by <c>dotnet pack src/Clausier.Cli</c>.</summary>
    public Task<ToolPackage> Package => package.Value;

    /// <summary>The linux-x64 single-file executable, published without ReadyToRun to keep CI short.</summary>
    public Task<string> LinuxExecutable => linuxExecutable.Value;

    /// <summary>A new empty folder inside this collection's temp folder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(work.Path, $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs a dotnet SDK command from the checkout (so its global.json applies), asserting success.</summary>
    internal static async Task<ProcessRun> DotnetAsync(params string[] arguments)
    {
        var run = await ProcessRun.Start(Dotnet, arguments, RepositoryRoot, BuildTimeout);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    public void Dispose() => work.Dispose();

    private async Task<ToolPackage> PackAsync()
    {
        var folder = NewFolder("package");
        await DotnetAsync(["pack", CliProject, "-c", "Release", "-o", folder, .. NestedBuild]);
        var files = Directory.GetFiles(folder, "Clausier.Cli.*.nupkg");
        var file = Assert.Single(files);
        var version = PackageVersion().Match(Path.GetFileName(file));
        Assert.True(version.Success, $"unexpected package name {file}");
        return new ToolPackage(folder, file, version.Groups["version"].Value);
    }

    private async Task<string> PublishLinuxAsync()
    {
        var folder = NewFolder("publish-linux-x64");
        await DotnetAsync(["publish", CliProject, "-c", "Release", "-r", "linux-x64", "-p:PublishSingleFile=true", "-o", folder, .. NestedBuild]);
        var files = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        Assert.True(files is ["clausier"], $"the publish folder holds more than the executable: {string.Join(", ", files)}");
        return Path.Combine(folder, "clausier");
    }

    /// <summary>
    /// Options of both nested builds. They share one artifacts folder (tests of a collection run one at a
    /// time), so the libraries are compiled once. No build servers: nothing may outlive the test and hold
    /// its output pipes. No analyzers: the solution build has just run them on the same sources, and they
    /// do not change the binaries.
    /// </summary>
    private string[] NestedBuild => ["--artifacts-path", Path.Combine(work.Path, "build"), "--disable-build-servers", "-p:RunAnalyzers=false"];

    [GeneratedRegex(@"^Clausier\.Cli\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageVersion();
}
