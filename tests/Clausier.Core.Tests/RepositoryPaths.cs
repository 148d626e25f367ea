namespace Clausier.Core.Tests;

/// <summary>Locates the repository checkout and the shared reference folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalogue => Path.Combine(Root, "catalogue");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string ClausierReference => Path.Combine(Shared, "reference", "ciso-assistant", "clausier-sante-v2.yaml");

    public static string LintCases => Path.Combine(Root, "tests", "Clausier.Core.Tests", "LintCases");

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
