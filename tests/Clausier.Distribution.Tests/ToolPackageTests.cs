using System.IO.Compression;
using System.Xml.Linq;
using Clausier.Testing;

namespace Clausier.Distribution.Tests;

/// <summary>The .NET tool package: what it carries, and the installed tool working on its own.</summary>
[Collection(DistributionArtifacts.Name)]
public sealed class ToolPackageTests(DistributionBuild build)
{
    [Fact]
    public async Task Package_carries_every_builtin_catalogue_and_template_file_and_its_metadata()
    {
        var package = await build.Package;
        using var zip = ZipFile.OpenRead(package.File);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var tool = entries.Single(e => e.StartsWith("tools/", StringComparison.Ordinal) && e.EndsWith("/clausier.dll", StringComparison.Ordinal));
        var toolFolder = tool[..(tool.LastIndexOf('/') + 1)];

        var missing = BuiltInCatalogue.Files().Where(f => !entries.Contains($"{toolFolder}builtin/{f}")).ToList();
        Assert.True(missing.Count == 0, $"not in {Path.GetFileName(package.File)} under {toolFolder}builtin/: {string.Join(", ", missing)}");
        Assert.Contains("README.md", entries);

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var nuspecStream = nuspecEntry.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Assert.Equal("Clausier.Cli", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("license")), "no license expression");
        Assert.Contains("hospital", Value("description"), StringComparison.Ordinal);
        Assert.Contains("tender", Value("tags"), StringComparison.Ordinal);
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
    }
}
