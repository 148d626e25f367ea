using System.Text.Json;

namespace Clausier.Cli.Tests;

public class CatalogueCommandTests
{
    [Fact]
    public void Lint_of_the_built_in_catalogue_is_clean()
    {
        var run = CliRun.Of("catalogue", "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("118 points", run.Out, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_of_a_broken_catalogue_exits_1_with_located_errors()
    {
        using var temp = new TempFolder();
        System.IO.File.WriteAllText(temp.File("catalogue.yml"), "id: x\nname: X\nversion: 1\nedition: 2024\nsegments:\n  - id: saas\n    label: SaaS\n");
        System.IO.File.WriteAllText(temp.File("01-a.md"), "# 1 A\n\n- **Segments :** saas\n- **Édition :** 2023\n\n## O-1.1 T\n\n- **Réponse attendue :** PEUT-ÊTRE\n\nTexte.\n");

        var run = CliRun.Of("catalogue", "lint", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("01-a.md(8,26): error CLZ1105", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_for_the_biomedical_segment_as_json_has_the_connected_device_points()
    {
        var run = CliRun.Of("catalogue", "list", "--segment", "biomedical", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var points = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("id").GetString() == "O-12.2.1.1");
        Assert.DoesNotContain(points, p => p.GetProperty("section").GetString() == "12.5");
        var first = points[0];
        foreach (var property in new[] { "id", "section", "title", "answerType", "edition", "segments", "references" })
        {
            Assert.True(first.TryGetProperty(property, out _), property);
        }
    }

    [Fact]
    public void List_as_a_table_groups_points_by_section()
    {
        var run = CliRun.Of("catalogue", "list", "--segment", "custom-dev");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("§12.5", run.Out, StringComparison.Ordinal);
        Assert.Contains("O-12.5.18", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void List_with_an_unknown_segment_names_the_known_ones()
    {
        var run = CliRun.Of("catalogue", "list", "--segment", "medical");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("biomedical", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_one_point_in_full()
    {
        var run = CliRun.Of("catalogue", "show", "O-7.2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("O-7.2", run.Out, StringComparison.Ordinal);
        Assert.Contains("CVSS", run.Out, StringComparison.Ordinal);
        Assert.Contains("OUI/NON/NC", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_point_suggests_a_close_one()
    {
        var run = CliRun.Of("catalogue", "show", "O-7.22");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_names_the_tool_and_the_built_in_catalogue()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("clausier ", run.Out, StringComparison.Ordinal);
        Assert.Contains("118 points", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var run = CliRun.Of("catalogue", "list", "--colour");

        Assert.Equal(2, run.ExitCode);
    }
}
