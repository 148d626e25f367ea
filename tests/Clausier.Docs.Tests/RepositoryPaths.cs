namespace Clausier.Docs.Tests;

/// <summary>Locates the repository checkout, and its documentation.</summary>
internal static class RepositoryPaths
{
    public static string Root => Clausier.Testing.Checkout.Root;

    public static string Readme => Path.Combine(Root, "README.md");

    public static string Docs => Path.Combine(Root, "docs");

    public static string Guide => Path.Combine(Docs, "guide");

    public static string Diagnostics => Path.Combine(Docs, "diagnostics.md");

    public static string Sources => Path.Combine(Root, "src");

    /// <summary>README.md and the guide's pages: the documents whose commands must run as written.</summary>
    public static IReadOnlyList<string> CommandDocuments =>
        [Readme, .. Directory.EnumerateFiles(Guide, "*.md").Order(StringComparer.Ordinal)];

    /// <summary>The path of a file relative to the checkout, with forward slashes, for messages.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
