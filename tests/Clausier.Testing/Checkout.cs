using System.Reflection;

namespace Clausier.Testing;

/// <summary>
/// The repository checkout the tests were built from, wherever the binaries are (artifacts paths,
/// CI clones): recorded at build time, else found by walking up to Clausier.Docs.sln.
/// </summary>
public static class Checkout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only reference folder laid beside the checkout.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        var recorded = typeof(Checkout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
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
