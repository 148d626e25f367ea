using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Clausier.Testing;

namespace Clausier.Distribution.Tests;

/// <summary>The .NET tool packages: what they carry, and the installed tool working on its own.</summary>
[Collection(DistributionArtifacts.Name)]
public sealed class ToolPackageTests(DistributionBuild build)
{
    /// <summary>What `dotnet tool install` chooses among: the platforms given a package compiled ahead of time, and the portable fallback.</summary>
    private static readonly string[] Platforms = ["win-x64", "linux-x64", "linux-arm64", "osx-arm64", "any"];

    [Fact]
    public void Project_packs_a_tool_for_each_common_platform_and_a_portable_fallback()
    {
        var project = XDocument.Load(DistributionBuild.CliProject);
        var rids = project.Descendants("ToolPackageRuntimeIdentifiers").Single().Value.Split(';', StringSplitOptions.TrimEntries);

        Assert.Equal(Platforms, rids);
    }

    [Fact]
    public async Task Platform_package_carries_every_builtin_catalogue_and_template_file_and_the_pointer_its_metadata()
    {
        var package = await build.Package;
        using (var zip = ZipFile.OpenRead(package.PlatformFile))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            var tool = entries.Single(e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith("/clausier.dll", StringComparison.Ordinal));
            var toolFolder = tool[..(tool.LastIndexOf('/') + 1)];

            var missing = BuiltInCatalogue.Files().Where(f => !entries.Contains($"{toolFolder}builtin/{f}")).ToList();
            Assert.True(missing.Count == 0, $"not in {Path.GetFileName(package.PlatformFile)} under {toolFolder}builtin/: {string.Join(", ", missing)}");
        }

        using var pointer = ZipFile.OpenRead(package.File);
        Assert.Contains("README.md", pointer.Entries.Select(e => e.FullName));
        var nuspecEntry = pointer.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var nuspecStream = nuspecEntry.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Assert.Equal("Clausier.Cli", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("license")), "no license expression");
        Assert.Contains("hospital", Value("description"), StringComparison.Ordinal);
        Assert.Contains("tender", Value("tags"), StringComparison.Ordinal);

        // The pointer names the package of each platform packed; `dotnet tool install` picks by it.
        var settings = pointer.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var settingsStream = settings.Open();
        var packages = XDocument.Load(settingsStream).Descendants("RuntimeIdentifierPackage")
            .Select(p => (Rid: (string?)p.Attribute("RuntimeIdentifier"), Id: (string?)p.Attribute("Id"))).ToList();
        Assert.Contains((DistributionBuild.Platform, $"Clausier.Cli.{DistributionBuild.Platform}"), packages);
        Assert.Contains(("any", "Clausier.Cli.any"), packages);
    }

    /// <summary>A one-shot command is mostly start-up: the platform package starts from precompiled code, the portable one from the JIT.</summary>
    [Fact]
    public async Task Platform_package_is_compiled_ahead_of_time_and_the_portable_one_is_not()
    {
        var package = await build.Package;

        Assert.True(IsReadyToRun(package.PlatformFile, "clausier.dll"), "clausier.dll has no ReadyToRun code");
        Assert.True(IsReadyToRun(package.PlatformFile, "Clausier.Forms.dll"), "Clausier.Forms.dll has no ReadyToRun code");
        Assert.False(IsReadyToRun(package.PortableFile, "clausier.dll"), "the portable package should be plain IL");
    }

    [Fact]
    public async Task Installed_tool_prints_its_version_and_generates_an_annex_in_an_empty_folder()
    {
        var package = await build.Package;
        var tools = build.NewFolder("tools");
        await DistributionBuild.DotnetAsync(
            "tool", "install", "--tool-path", tools, "--add-source", package.Folder, "Clausier.Cli", "--version", package.Version);
        var clausier = Path.Combine(tools, OperatingSystem.IsWindows() ? "clausier.exe" : "clausier");
        var empty = build.NewFolder("empty");

        ToolRun.AssertVersionOutput(await ToolRun.Clausier(clausier, empty, null, "--version"), package.Version);

        var generate = await ToolRun.Clausier(clausier, empty, null, "generate", "-o", "x.docx");
        Assert.True(generate.ExitCode == 0, generate.ToString());
        DocxAssert.Valid(File.ReadAllBytes(Path.Combine(empty, "x.docx")));

        // The platform package was installed, not the portable fallback.
        var installed = Directory.EnumerateFiles(tools, "clausier.dll", SearchOption.AllDirectories).Single();
        Assert.Contains($"{Path.DirectorySeparatorChar}clausier.cli.{DistributionBuild.Platform}{Path.DirectorySeparatorChar}", installed.ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>Whether an assembly of a package carries native code for its runtime (a ReadyToRun header).</summary>
    private static bool IsReadyToRun(string nupkg, string assembly)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entry = zip.Entries.Single(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && e.Name == assembly);
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
