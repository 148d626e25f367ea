using Xunit;

namespace Clausier.Testing;

/// <summary>
/// The published référentiel (the CISO Assistant libraries the catalogue is compared with), read in place
/// and never copied into the repository. One setting finds it: <c>CLAUSIER_REFERENCE</c>, else
/// <c>../shared/reference</c> beside the checkout. A clone without it still passes: the tests that need
/// it are skipped with the reason, unless <c>CLAUSIER_REQUIRE_REFERENCE=1</c> (set by <c>.ci/run</c>),
/// where a missing file fails them, so CI cannot pass by skipping the comparisons.
/// </summary>
public static class PublishedReference
{
    public const string FolderVariable = "CLAUSIER_REFERENCE";

    public const string RequireVariable = "CLAUSIER_REQUIRE_REFERENCE";

    /// <summary>The folder holding <c>ciso-assistant/*.yaml</c>.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder, Checkout.Root)
            : Path.Combine(Checkout.Shared, "reference");

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>A published CISO Assistant library by file name, or null when the référentiel is not here.</summary>
    public static string? TryLibrary(string name)
    {
        var path = Path.Combine(Folder, "ciso-assistant", name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// A published CISO Assistant library by file name. When it is absent the calling test is skipped
    /// (it must be a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>), or fails when the référentiel is required.
    /// </summary>
    public static string Library(string name)
    {
        if (TryLibrary(name) is { } path)
        {
            return path;
        }

        var missing = Path.Combine(Folder, "ciso-assistant", name);
        if (Required)
        {
            throw new InvalidOperationException(
                $"{RequireVariable} is set but the published référentiel is not at {missing}: set {FolderVariable} to the folder that holds ciso-assistant/{name}.");
        }

        throw new SkipException(
            $"The published référentiel is not here ({missing}); set {FolderVariable} to the folder that holds ciso-assistant/{name} to run this comparison.");
    }
}
