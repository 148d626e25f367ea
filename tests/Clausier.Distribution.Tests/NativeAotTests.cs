using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text.Json;
using Clausier.Testing;

namespace Clausier.Distribution.Tests;

/// <summary>
/// The linux-x64 Native AOT executable of scripts/publish.sh, with its builtin/ folder copied into an
/// empty folder: it must write the very annex the JIT-compiled command writes, and say that it has no
/// web server. Publishing compiles the whole program to native code, a few minutes on two cores.
/// </summary>
[Collection(DistributionArtifacts.Name)]
public sealed class NativeAotTests(DistributionBuild build)
{
    [SkippableFact]
    public async Task Native_executable_alone_with_builtin_writes_the_same_annex_as_the_jit_build_and_has_no_web_server()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new SkipException("the Native AOT build is linux-x64 only");
        }

        Skip.If(DistributionBuild.NativeToolchain is null, "Native AOT links with clang or gcc, and neither is on PATH (.ci/run installs clang)");

        var alone = CopyAlone(await build.LinuxNativeFolder);
        var clausier = Path.Combine(alone, "clausier");

        ToolRun.AssertVersionOutput(await ToolRun.Clausier(clausier, alone, null, "--version"), (await build.Package).Version);

        var generate = await ToolRun.Clausier(clausier, alone, null, "generate", "-o", "annexe.docx");
        Assert.True(generate.ExitCode == 0, generate.ToString());
        var annex = File.ReadAllBytes(Path.Combine(alone, "annexe.docx"));
        Assert.Equal(await JitAnnexAsync(), annex);
        DocxAssert.Valid(annex);

        // A fresh annex has no answers: exit 1 (required answers missing) is expected, 2 (unreadable) is not.
        var parse = await ToolRun.Clausier(clausier, alone, null, "parse", "annexe.docx", "--format", "json");
        Assert.True(parse.ExitCode is 0 or 1, parse.ToString());
        using var json = JsonDocument.Parse(parse.Out);
        var file = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.True(file.GetProperty("readable").GetBoolean(), parse.ToString());
        var answers = file.GetProperty("answers").GetArrayLength();
        Assert.True(answers > 0, parse.ToString());
        Assert.Equal(answers, file.GetProperty("summary").GetProperty("points").GetInt32());

        var serve = await ToolRun.Clausier(clausier, alone, null, "serve", "--port", "5199");
        Assert.True(serve.ExitCode == 2, serve.ToString());
        Assert.Contains("this native build of clausier has no web server", serve.Error, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global Clausier.Cli", serve.Error, StringComparison.Ordinal);
    }

    /// <summary>The executable and builtin/ only, in a folder far from the checkout and the publish folder.</summary>
    [SupportedOSPlatform("linux")]
    private string CopyAlone(string published)
    {
        var alone = build.NewFolder("native-alone");
        var clausier = Path.Combine(alone, "clausier");
        File.Copy(Path.Combine(published, "clausier"), clausier);
        File.SetUnixFileMode(clausier, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var source in Directory.EnumerateFiles(Path.Combine(published, "builtin"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(alone, Path.GetRelativePath(published, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        return alone;
    }

    /// <summary>The annex the JIT single-file executable of the same working copy writes with the same defaults.</summary>
    private async Task<byte[]> JitAnnexAsync()
    {
        var folder = build.NewFolder("jit-annex");
        var environment = new Dictionary<string, string> { ["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = build.NewFolder("jit-extracted") };
        var clausier = await build.LinuxExecutable;
        var run = await ToolRun.Clausier(clausier, folder, environment, "generate", "-o", "annexe.docx");
        Assert.True(run.ExitCode == 0, run.ToString());
        return File.ReadAllBytes(Path.Combine(folder, "annexe.docx"));
    }
}
