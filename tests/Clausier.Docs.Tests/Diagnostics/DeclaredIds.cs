using System.Text.RegularExpressions;

namespace Clausier.Docs.Tests.Diagnostics;

/// <summary>
/// The diagnostic ids the code declares: every <c>const string X = "CLZnnnn"</c> under src/, read from
/// the source so that an id added in any project (DiagnosticIds, TemplateDiagnosticIds,
/// WordDiagnosticIds, ProblemCodes, AnalysisDiagnosticIds…) is held to the documentation at once.
/// </summary>
internal static partial class DeclaredIds
{
    /// <summary>Id → where it is declared (<c>src/Clausier.Forms/ProblemCodes.cs: StatusMissing</c>).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Scan();

    private static Dictionary<string, string> Scan()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Sources, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = RepositoryPaths.Relative(file);
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in Declaration().Matches(File.ReadAllText(file)))
            {
                ids.TryAdd(match.Groups["id"].Value, $"{relative}: {match.Groups["name"].Value}");
            }
        }

        return ids;
    }

    [GeneratedRegex(@"const\s+string\s+(?<name>\w+)\s*=\s*""(?<id>CLZ\d{4})""\s*;")]
    private static partial Regex Declaration();
}
