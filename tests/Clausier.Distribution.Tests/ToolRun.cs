namespace Clausier.Distribution.Tests;

/// <summary>Runs an installed or published <c>clausier</c> as a user would, and checks what every install must print.</summary>
internal static class ToolRun
{
    public static Task<ProcessRun> Clausier(string executable, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ProcessRun.Start(executable, arguments, workingDirectory, DistributionBuild.RunTimeout, environment);

    /// <summary>
    /// <c>clausier 0.1.0 (commit 1a2b3c4d5e6f)</c> then the built-in catalogue's identity: proves the
    /// tool found its catalogue files, and that the SDK stamped the version and, in a git checkout, the commit.
    /// </summary>
    public static void AssertVersionOutput(ProcessRun run, string version)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2, run.ToString());
        Assert.Matches(Directory.Exists(Path.Combine(DistributionBuild.RepositoryRoot, ".git"))
            ? $@"^clausier {Escape(version)} \(commit [0-9a-f]{{12}}\)$"
            : $@"^clausier {Escape(version)}( \(commit [0-9a-f]{{12}}\))?$", lines[0]);
        Assert.Equal(
            $"built-in catalogue: {BuiltInCatalogue.Name} {BuiltInCatalogue.Version} (edition {BuiltInCatalogue.Edition}, {BuiltInCatalogue.PointCount} points)",
            lines[1]);
    }

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
