using System.Runtime.CompilerServices;
using Xunit;

namespace Clausier.Testing;

/// <summary>
/// Golden-file comparison. With <c>CLAUSIER_ACCEPT=1</c> the golden file is (re)written instead of
/// compared; never otherwise, so that in CI a missing or different golden file fails.
/// </summary>
public static class Golden
{
    public const string AcceptVariable = "CLAUSIER_ACCEPT";

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <param name="goldenPath">Absolute, or relative to the folder of the calling test project (found from the caller's source path).</param>
    public static void AssertMatches(string actual, string goldenPath, [CallerFilePath] string callerFile = "")
    {
        var path = Resolve(goldenPath, callerFile);
        var normalized = actual.ReplaceLineEndings("\n");
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"golden file {path} does not exist; run the tests with {AcceptVariable}=1 to create it, then review and commit it");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != normalized)
        {
            Assert.Fail($"output differs from golden file {path} at {FirstDifference(expected, normalized)}; if the change is intended, rerun with {AcceptVariable}=1 and review the diff");
        }
    }

    public static string Resolve(string goldenPath, string callerFile)
    {
        if (Path.IsPathRooted(goldenPath))
        {
            return goldenPath;
        }

        for (var dir = Path.GetDirectoryName(callerFile); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.EnumerateFiles(dir, "*.csproj").Any())
            {
                return Path.Combine(dir, goldenPath);
            }
        }

        throw new InvalidOperationException($"no test project folder above {callerFile}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "<no difference>";
    }
}
