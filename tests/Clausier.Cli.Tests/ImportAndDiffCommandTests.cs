using System.Text.Json;

namespace Clausier.Cli.Tests;

public class ImportAndDiffCommandTests
{
    /// <summary>A published library; the test is skipped when the référentiel is absent.</summary>
    private static string Published(string name) => Clausier.Testing.PublishedReference.Library(name);

    [SkippableFact]
    public void Imported_pgssi_library_is_written_as_a_catalogue_that_lints_clean()
    {
        using var temp = new TempFolder();
        var folder = temp.File("pgssi");

        var import = CliRun.Of("catalogue", "import", Published("pgssi-s-1.0.yaml"), "-o", folder);
        var lint = CliRun.Of("catalogue", "lint", folder);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("CLZ1320", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, lint.ExitCode);
        Assert.Contains("0 error(s)", lint.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_official_library_can_be_used_directly_to_generate_an_annex()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--catalogue", Published("clausier-sante-v2.yaml"), "-o", temp.File("officiel.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("118 points", run.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Diff_of_the_built_in_catalogue_and_the_official_library_has_the_same_118_points()
    {
        var run = CliRun.Of("catalogue", "diff", "builtin", Published("clausier-sante-v2.yaml"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(118, summary.GetProperty("shared").GetInt32());
        Assert.Equal(0, summary.GetProperty("added").GetInt32());
        Assert.Equal(0, summary.GetProperty("removed").GetInt32());
    }

    [SkippableFact]
    public void Diff_as_a_docx_change_report_is_written()
    {
        using var temp = new TempFolder();
        var output = temp.File("changements.docx");

        var run = CliRun.Of("catalogue", "diff", "builtin", Published("clausier-sante-v2.yaml"), "--format", "docx", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(output).Length > 10_000);
    }

    [Fact]
    public void A_malformed_library_is_refused_with_its_line()
    {
        using var temp = new TempFolder();
        var file = temp.File("bad.yaml");
        System.IO.File.WriteAllText(file, "urn: x\nobjects:\n  framework:\n    requirement_nodes: [\n");

        var run = CliRun.Of("catalogue", "import", file, "-o", temp.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml(", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")) && Directory.EnumerateFiles(temp.File("out")).Any());
    }
}
