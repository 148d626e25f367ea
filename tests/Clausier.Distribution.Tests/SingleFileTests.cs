using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clausier.Testing;

namespace Clausier.Distribution.Tests;

/// <summary>
/// The self-contained single-file executable of scripts/publish.sh, minus ReadyToRun (which only
/// changes how fast it starts): copied alone into an empty folder, far from any checkout.
/// </summary>
[Collection(DistributionArtifacts.Name)]
public sealed partial class SingleFileTests(DistributionBuild build)
{
    [SkippableFact]
    public async Task Linux_executable_alone_in_a_folder_generates_an_annex_and_parses_it_back()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new SkipException("the linux-x64 executable runs on Linux x64 only");
        }

        var published = await build.LinuxExecutable;
        var alone = build.NewFolder("alone");
        var clausier = Path.Combine(alone, "clausier");
        File.Copy(published, clausier);
        File.SetUnixFileMode(clausier, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // The bundle extracts itself (runtime, assemblies, builtin/) on first run; keep that inside the test's folder.
        var extracted = build.NewFolder("extracted");
        var environment = new Dictionary<string, string> { ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = extracted };

        ToolRun.AssertVersionOutput(await ToolRun.Clausier(clausier, alone, environment, "--version"), (await build.Package).Version);

        var generate = await ToolRun.Clausier(clausier, alone, environment, "generate", "-o", "annexe.docx");
        Assert.True(generate.ExitCode == 0, generate.ToString());
        DocxAssert.Valid(File.ReadAllBytes(Path.Combine(alone, "annexe.docx")));
        Assert.NotEmpty(Directory.GetFiles(extracted, "catalogue.yml", SearchOption.AllDirectories));

        // A fresh annex has no answers: exit 1 (required answers missing) is expected, 2 (unreadable) is not.
        var parse = await ToolRun.Clausier(clausier, alone, environment, "parse", "annexe.docx", "--format", "json");
        Assert.True(parse.ExitCode is 0 or 1, parse.ToString());
        using var json = JsonDocument.Parse(parse.Out);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.True(file.GetProperty("readable").GetBoolean(), parse.ToString());
        var points = file.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("pointId").GetString() ?? "").ToList();
        Assert.NotEmpty(points);
        Assert.All(points, id => Assert.Matches(PointId(), id));
        Assert.Equal(points.Count, file.GetProperty("summary").GetProperty("points").GetInt32());
    }

    [GeneratedRegex(@"^O-\d+(\.\d+)+$")]
    private static partial Regex PointId();
}
