using System.Text.Json;

namespace Clausier.Cli.Tests;

/// <summary><c>clausier export ciso-assistant</c> and <c>clausier catalogue export --format ciso-assistant</c>, run as a user would.</summary>
public class CisoAssistantCommandTests
{
    [Fact]
    public void Export_writes_a_workbook_and_a_json_per_annex_and_refuses_an_unreadable_one()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("offre-a.docx"));
        System.IO.File.WriteAllText(temp.File("offre-b.docx"), "pas un document Word");

        var run = CliRun.Of("export", "ciso-assistant", temp.File("offre-a.docx"), temp.File("offre-b.docx"), "-o", temp.File("vers-ciso"));

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("CLZ8004", run.Error, StringComparison.Ordinal);
        Assert.True(System.IO.File.Exists(temp.File(Path.Combine("vers-ciso", "offre-a.ciso-assistant.xlsx"))));
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(temp.File(Path.Combine("vers-ciso", "offre-a.ciso-assistant.json"))));
        Assert.Equal("urn:ackwa:risk:framework:clausier-sante-v2", json.RootElement.GetProperty("framework_urn").GetString());
        Assert.All(json.RootElement.GetProperty("requirement_assessments").EnumerateArray(),
            r => Assert.Equal("not_assessed", r.GetProperty("body").GetProperty("result").GetString()));
        Assert.False(System.IO.File.Exists(temp.File(Path.Combine("vers-ciso", "offre-b.ciso-assistant.json"))));
    }

    [Fact]
    public void Export_to_a_path_under_a_file_is_refused_before_any_work()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("offre.docx"));

        var run = CliRun.Of("export", "ciso-assistant", temp.File("offre.docx"), "-o", temp.File(Path.Combine("offre.docx", "dossier")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CLZ6001", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exported_library_imports_back_as_a_catalogue_that_lints_clean()
    {
        using var temp = new TempFolder();

        var export = CliRun.Of("catalogue", "export", "--format", "ciso-assistant", "-o", temp.File("clausier-docs.yaml"));
        var import = CliRun.Of("catalogue", "import", temp.File("clausier-docs.yaml"), "-o", temp.File("reimport"));
        var lint = CliRun.Of("catalogue", "lint", temp.File("reimport"));

        Assert.Equal(0, export.ExitCode);
        Assert.True(System.IO.File.Exists(temp.File("clausier-docs-correspondance-clausier-sante-v2.yaml")));
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, lint.ExitCode);
        Assert.Contains("118 points", lint.Out, StringComparison.Ordinal);
    }
}
