using System.Reflection;

namespace Clausier.Pipeline;

/// <summary>The tool's version and the commit it was built from, printed by <c>clausier --version</c> and written into every annex manifest.</summary>
public static class ToolVersion
{
    private static readonly string Informational =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Semantic version, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = Informational.Split('+')[0];

    /// <summary>
    /// Short commit hash, or null when the build was not made from a git checkout. The SDK's source
    /// control support appends the full hash to the informational version; 12 characters identify it.
    /// </summary>
    public static string? Commit { get; } = Informational.Contains('+', StringComparison.Ordinal) ? Informational.Split('+')[1][..Math.Min(12, Informational.Split('+')[1].Length)] : null;

    /// <summary><c>0.1.0+1a2b3c4d5e6f</c>: what manifests record as the generator version.</summary>
    public static string Current { get; } = Commit is null ? Version : $"{Version}+{Commit}";
}
