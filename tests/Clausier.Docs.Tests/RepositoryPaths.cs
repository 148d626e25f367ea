namespace Clausier.Docs.Tests;

/// <summary>Locates the repository checkout, its documentation and the shared reference folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Readme => Path.Combine(Root, "README.md");

    public static string Docs => Path.Combine(Root, "docs");

    public static string Guide => Path.Combine(Docs, "guide");

    public static string Diagnostics => Path.Combine(Docs, "diagnostics.md");

    public static string Sources => Path.Combine(Root, "src");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>README.md and the guide's pages: the documents whose commands must run as written.</summary>
    public static IReadOnlyList<string> CommandDocuments =>
        [Readme, .. Directory.EnumerateFiles(Guide, "*.md").Order(StringComparer.Ordinal)];

    /// <summary>The path of a file relative to the checkout, with forward slashes, for messages.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        var recorded = typeof(RepositoryPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Clausier.Docs.sln")))
        {
            return Path.GetFullPath(recorded);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clausier.Docs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Clausier.Docs.sln not found above the test binaries.");
    }
}
