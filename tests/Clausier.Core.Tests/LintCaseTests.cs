using Clausier.Core.Loading;

namespace Clausier.Core.Tests;

/// <summary>
/// One broken catalogue per lint rule under LintCases/; the diagnostics they produce are compared
/// with the committed expected.txt of each case (rewritten only with CLAUSIER_ACCEPT=1).
/// </summary>
public class LintCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(RepositoryPaths.LintCases).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(dir).StartsWith('_'))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_expected_diagnostics(string name)
    {
        var source = Path.Combine(RepositoryPaths.LintCases, name);
        var folder = Path.Combine(Path.GetTempPath(), "clausier-lint-" + Guid.NewGuid().ToString("N"), name);
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(source).Where(f => Path.GetFileName(f) != "expected.txt"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            if (!File.Exists(Path.Combine(folder, "catalogue.yml")))
            {
                File.Copy(Path.Combine(RepositoryPaths.LintCases, "_base", "catalogue.yml"), Path.Combine(folder, "catalogue.yml"));
            }

            var result = CatalogueLoader.LoadFolder(folder);
            var actual = string.Join('\n', result.Diagnostics.Select(d => d.ToString().Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal))) + "\n";

            Assert.Contains(result.Diagnostics, d => d.IsError);
            GoldenText.AssertMatches(actual, Path.Combine(source, "expected.txt"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
