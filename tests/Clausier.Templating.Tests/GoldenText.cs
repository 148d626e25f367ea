using System.Runtime.CompilerServices;

namespace Clausier.Templating.Tests;

/// <summary>Compares text with a committed file under Golden/; CLAUSIER_ACCEPT=1 rewrites it instead.</summary>
internal static class GoldenText
{
    public static void AssertMatches(string actual, string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("CLAUSIER_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with CLAUSIER_ACCEPT=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
