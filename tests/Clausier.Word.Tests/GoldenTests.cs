using Clausier.Testing;

namespace Clausier.Word.Tests;

/// <summary>
/// Each TestFiles/golden-*.md rendered and canonicalised (diagnostics first, then every part) against
/// Golden/&lt;name&gt;.txt. Rewrite with CLAUSIER_ACCEPT=1 and review the diff.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Inputs() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestFiles"), "golden-*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Canonical_docx_matches_the_golden_file(string name)
    {
        var result = Annexes.Write(Annexes.TestFile($"{name}.md"));
        var docx = Annexes.ValidDocx(result);

        var diagnostics = string.Concat(result.Diagnostics.Select(d => $"{d}\n"));
        Golden.AssertMatches($"# diagnostics\n{diagnostics}\n{DocxCanonicalizer.Canonicalize(docx)}", $"Golden/{name}.txt");
    }
}
