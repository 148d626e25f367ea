using System.Text.Json;

namespace Clausier.Cli.Tests;

public class ParseAndCompareCommandTests
{
    [Fact]
    public void A_blank_annex_parses_with_every_required_answer_reported_missing()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));

        var run = CliRun.Of("parse", temp.File("annexe.docx"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains("CLZ43", run.Out, StringComparison.Ordinal);
        Assert.Contains("points answered", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_writes_csv_and_xlsx_files()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));

        var csv = CliRun.Of("parse", temp.File("annexe.docx"), "--format", "csv", "-o", temp.File("reponses.csv"));
        var xlsx = CliRun.Of("parse", temp.File("annexe.docx"), "--format", "xlsx", "-o", temp.File("reponses.xlsx"));

        Assert.Equal(1, csv.ExitCode);
        Assert.Equal(1, xlsx.ExitCode);
        Assert.Contains("O-1.1", System.IO.File.ReadAllText(temp.File("reponses.csv")), StringComparison.Ordinal);
        Assert.True(new FileInfo(temp.File("reponses.xlsx")).Length > 2000);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused_with_exit_2_and_no_stack_trace()
    {
        using var temp = new TempFolder();
        System.IO.File.WriteAllText(temp.File("offre.docx"), "ceci n'est pas un document Word");

        var run = CliRun.Of("parse", temp.File("offre.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CLZ40", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annex_from_another_tender_is_reported_with_expect_tender()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));

        var run = CliRun.Of("parse", temp.File("annexe.docx"), "--expect-tender", Examples.MultiLot, "--lot", "2");

        Assert.Contains("CLZ4105", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_candidates_compare_into_a_workbook_and_markdown()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("candidat-a.docx"));
        CliRun.Of("generate", "-o", temp.File("candidat-b.docx"));

        var xlsx = CliRun.Of("compare", temp.File("candidat-a.docx"), temp.File("candidat-b.docx"), "-o", temp.File("analyse.xlsx"));
        var md = CliRun.Of("compare", temp.File("candidat-a.docx"), temp.File("candidat-b.docx"), "--format", "md");

        Assert.Equal(0, xlsx.ExitCode);
        Assert.True(System.IO.File.Exists(temp.File("analyse.xlsx")), xlsx.Error);
        Assert.Equal(0, md.ExitCode);
        Assert.Contains("candidat-a", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_from_different_tenders_are_refused_unless_forced()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("a.docx"));
        CliRun.Of("generate", "--tender", Examples.MultiLot, "--lot", "2", "-o", temp.File("b.docx"));

        var refused = CliRun.Of("compare", temp.File("a.docx"), temp.File("b.docx"), "--format", "json");
        var forced = CliRun.Of("compare", temp.File("a.docx"), temp.File("b.docx"), "--format", "json", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("CLZ5003", refused.Error, StringComparison.Ordinal);
        Assert.NotEqual(2, forced.ExitCode);
    }
}
