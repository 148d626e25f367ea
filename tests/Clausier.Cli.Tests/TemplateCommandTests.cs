namespace Clausier.Cli.Tests;

public class TemplateCommandTests
{
    [Fact]
    public void New_copies_the_built_in_templates_and_check_accepts_them()
    {
        using var temp = new TempFolder();
        var folder = temp.File("modele");

        Assert.Equal(0, CliRun.Of("template", "new", folder).ExitCode);
        var check = CliRun.Of("template", "check", folder, "--tender", Examples.MultiLot);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("tender.reference", check.Out, StringComparison.Ordinal);
        Assert.Contains("0 error(s)", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_syntax_error_and_a_typo_in_a_variable_with_their_position()
    {
        using var temp = new TempFolder();
        var folder = temp.File("modele");
        CliRun.Of("template", "new", folder);
        var cover = Path.Combine(folder, "_couverture.sbn-md");
        var text = System.IO.File.ReadAllText(cover);
        var line = text[..text.IndexOf("{{ tender.reference | md_escape }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        System.IO.File.WriteAllText(cover, text.Replace("{{ tender.reference | md_escape }}", "{{ tender.referense }}", StringComparison.Ordinal));

        var check = CliRun.Of("template", "check", folder, "--tender", Examples.MultiLot);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"_couverture.sbn-md({line},", check.Error, StringComparison.Ordinal);
        Assert.Contains("referense", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_outside_the_template_folder_is_refused()
    {
        using var temp = new TempFolder();
        var folder = temp.File("modele");
        CliRun.Of("template", "new", folder);
        System.IO.File.AppendAllText(Path.Combine(folder, "_candidat.sbn-md"), "\n{{ include '../../../etc/passwd' }}\n");

        var check = CliRun.Of("template", "check", folder, "--tender", Examples.MultiLot);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("only files of the template folder", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_is_stopped_by_the_loop_limit()
    {
        using var temp = new TempFolder();
        var folder = temp.File("modele");
        CliRun.Of("template", "new", folder);
        System.IO.File.AppendAllText(Path.Combine(folder, "_candidat.sbn-md"), "\n{{ for i in 1..100000000 }}x{{ end }}\n");

        var check = CliRun.Of("template", "check", folder, "--tender", Examples.MultiLot);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("CLZ2004", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_also_writes_a_reference_docx_that_generate_accepts()
    {
        using var temp = new TempFolder();
        var folder = temp.File("modele");
        CliRun.Of("template", "new", folder);

        var run = CliRun.Of("generate", "--template", folder, "--reference-docx", Path.Combine(folder, "reference.docx"), "-o", temp.File("annexe.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("CLZ3201", run.Error, StringComparison.Ordinal);
        Assert.True(System.IO.File.Exists(temp.File("annexe.docx")));
    }
}
