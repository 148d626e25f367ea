using System.Reflection;

namespace Clausier.Pipeline;

/// <summary>The version written into every annex manifest and printed by <c>clausier --version</c>.</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
