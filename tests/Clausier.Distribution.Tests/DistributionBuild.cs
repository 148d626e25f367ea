using System.Runtime.InteropServices;
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
    private readonly Lazy<Task<string>> linuxNativeFolder;

    public DistributionBuild()
    {
        package = new(PackAsync);
        linuxExecutable = new(PublishLinuxAsync);
        linuxNativeFolder = new(PublishLinuxNativeAsync);
    }

    public static string RepositoryRoot { get; } = Checkout.Root;

    public static string CliProject => Path.Combine(RepositoryRoot, "src", "Clausier.Cli", "Clausier.Cli.csproj");

    /// <summary>The dotnet host running these tests, so that nested commands use the same SDK.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The packages made by <c>dotnet pack src/Clausier.Cli</c>.</summary>
    public Task<ToolPackage> Package => package.Value;

    /// <summary>The linux-x64 single-file executable, published without ReadyToRun to keep CI short.</summary>
    public Task<string> LinuxExecutable => linuxExecutable.Value;

    /// <summary>
    /// The publish folder of the linux-x64 Native AOT executable, as scripts/publish.sh makes it: the
    /// <c>clausier</c> executable and its <c>builtin/</c> folder. Needs a C toolchain (see <see cref="NativeToolchain"/>).
    /// </summary>
    public Task<string> LinuxNativeFolder => linuxNativeFolder.Value;

    /// <summary>The linker Native AOT uses on Linux, clang or else gcc, from PATH; null when there is neither.</summary>
    public static string? NativeToolchain { get; } = new[] { "clang", "gcc" }.FirstOrDefault(OnPath);

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

    /// <summary>This machine's platform, as the tool packages name it (<c>linux-x64</c>).</summary>
    public static string Platform { get; } = RuntimeInformation.RuntimeIdentifier;

    /// <summary>
    /// The pointer package, this machine's platform package and the portable one. Only these two
    /// platforms are packed, to keep CI short: each platform package is compiled ahead of time for its
    /// runtime, and the project lists five (<see cref="ToolPackageTests"/> checks the list).
    /// </summary>
    private async Task<ToolPackage> PackAsync()
    {
        var folder = NewFolder("package");
        await DotnetAsync(["pack", CliProject, "-c", "Release", "-o", folder, $"-p:ToolPackageRuntimeIdentifiers=\"{Platform};any\"", .. NestedBuild]);
        var files = Directory.GetFiles(folder, "Clausier.Cli.*.nupkg");
        var pointer = files.Select(f => (File: f, Match: PackageVersion().Match(Path.GetFileName(f)))).Where(f => f.Match.Success).ToList();
        var (file, version) = Assert.Single(pointer);
        var versionText = version.Groups["version"].Value;
        var platformFile = Path.Combine(folder, $"Clausier.Cli.{Platform}.{versionText}.nupkg");
        var portableFile = Path.Combine(folder, $"Clausier.Cli.any.{versionText}.nupkg");
        Assert.True(File.Exists(platformFile) && File.Exists(portableFile), $"packed: {string.Join(", ", files.Select(Path.GetFileName))}");
        return new ToolPackage(folder, file, platformFile, portableFile, versionText);
    }

    private async Task<string> PublishLinuxAsync()
    {
        var folder = NewFolder("publish-linux-x64");
        await DotnetAsync(["publish", CliProject, "-c", "Release", "-r", "linux-x64", "-p:PublishSingleFile=true", "-o", folder, .. NestedBuild]);
        var files = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        Assert.True(files is ["clausier"], $"the publish folder holds more than the executable: {string.Join(", ", files)}");
        return Path.Combine(folder, "clausier");
    }

    private async Task<string> PublishLinuxNativeAsync()
    {
        var folder = NewFolder("publish-linux-x64-aot");
        // Its own intermediate folder: PublishAot changes what the CLI compiles (no web pages) and how the
        // libraries are analysed, and a shared obj/ could hand one publish the other's stale outputs.
        await DotnetAsync(["publish", CliProject, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", folder, .. NestedBuildIn("build-aot")]);
        var entries = Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(entries is ["builtin", "clausier"], $"the publish folder holds more than the executable and builtin/: {string.Join(", ", entries)}");
        return folder;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    /// <summary>
    /// Options of the nested builds. The package and the single-file executable share one artifacts folder
    /// (tests of a collection run one at a time), so the libraries are compiled once for them; the Native
    /// AOT executable has a folder of its own. No build servers: nothing may outlive the test and hold
    /// its output pipes. No analyzers: the solution build has just run them on the same sources, and they
    /// do not change the binaries.
    /// </summary>
    private string[] NestedBuild => NestedBuildIn("build");

    private string[] NestedBuildIn(string artifacts) => ["--artifacts-path", Path.Combine(work.Path, artifacts), "--disable-build-servers", "-p:RunAnalyzers=false"];

    [GeneratedRegex(@"^Clausier\.Cli\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageVersion();
}
