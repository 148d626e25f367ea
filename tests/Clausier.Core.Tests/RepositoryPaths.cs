namespace Clausier.Core.Tests;

/// <summary>Locates the repository checkout and the published référentiel.</summary>
internal static class RepositoryPaths
{
    public static string Root => Clausier.Testing.Checkout.Root;

    public static string Catalogue => Path.Combine(Root, "catalogue");

    /// <summary>The published clausier; skips the calling test when the référentiel is absent (<see cref="Clausier.Testing.PublishedReference"/>).</summary>
    public static string ClausierReference => global::Clausier.Testing.PublishedReference.Library("clausier-sante-v2.yaml");

    public static string LintCases => Path.Combine(Root, "tests", "Clausier.Core.Tests", "LintCases");
}
