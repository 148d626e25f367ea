namespace Clausier.Core.Tests;

/// <summary>Compares text with a committed golden file; CLAUSIER_ACCEPT=1 rewrites it instead.</summary>
internal static class GoldenText
{
    public static void AssertMatches(string actual, string goldenPath)
    {
        if (Environment.GetEnvironmentVariable("CLAUSIER_ACCEPT") == "1")
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"Golden file {goldenPath} is missing; run the tests with CLAUSIER_ACCEPT=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }
}
