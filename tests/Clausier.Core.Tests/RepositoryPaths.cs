namespace Clausier.Core.Tests;

/// <summary>Locates the repository checkout and the shared reference folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root => Clausier.Testing.Checkout.Root;

    public static string Catalogue => Path.Combine(Root, "catalogue");

    public static string Shared => Clausier.Testing.Checkout.Shared;

    public static string ClausierReference => Path.Combine(Shared, "reference", "ciso-assistant", "clausier-sante-v2.yaml");

    public static string LintCases => Path.Combine(Root, "tests", "Clausier.Core.Tests", "LintCases");
}
