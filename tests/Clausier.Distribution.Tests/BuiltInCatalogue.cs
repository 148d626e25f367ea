using System.Text.RegularExpressions;

namespace Clausier.Distribution.Tests;

/// <summary>
/// What the checkout says the built-in catalogue is, read from catalogue/ without the libraries:
/// the packaged tool must report the same identity and carry the same files.
/// </summary>
internal static partial class BuiltInCatalogue
{
    public static string Name => Key("name");

    public static string Version => Key("version");

    public static string Edition => Key("edition");

    /// <summary>Control points are the headings whose text starts with an id (docs/catalogue-format.md).</summary>
    public static int PointCount => Directory.EnumerateFiles(Folder("catalogue"), "*.md")
        .SelectMany(File.ReadLines)
        .Count(line => PointHeading().IsMatch(line));

    /// <summary>Every file the build copies under builtin/, as paths relative to builtin/ with '/' separators.</summary>
    public static IReadOnlyList<string> Files() =>
        new[] { "catalogue", "templates" }
            .SelectMany(top => Directory.EnumerateFiles(Folder(top), "*", SearchOption.AllDirectories)
                .Select(f => $"{top}/{Path.GetRelativePath(Folder(top), f).Replace('\\', '/')}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Folder(string name) => Path.Combine(DistributionBuild.RepositoryRoot, name);

    private static string Key(string key) =>
        File.ReadLines(Path.Combine(Folder("catalogue"), "catalogue.yml"))
            .Where(line => line.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(line => line[(key.Length + 1)..].Trim().Trim('"'))
            .First();

    [GeneratedRegex(@"^#{1,6} O-\d+(\.\d+)* ")]
    private static partial Regex PointHeading();
}
