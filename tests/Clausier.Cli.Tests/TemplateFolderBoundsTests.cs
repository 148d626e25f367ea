using System.Diagnostics;

namespace Clausier.Cli.Tests;

/// <summary>Issue 19: a template folder is read only inside itself, within size and time bounds.</summary>
public class TemplateFolderBoundsTests
{
    private static string CopyOfBuiltIn(TempFolder temp)
    {
        var folder = temp.File("modeles");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Clausier.Pipeline.BuiltIn.TemplateFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/zero")]
    public void A_template_linked_outside_the_folder_is_refused_and_its_content_never_reaches_the_annex(string target)
    {
        using var temp = new TempFolder();
        var folder = CopyOfBuiltIn(temp);
        File.CreateSymbolicLink(Path.Combine(folder, "_secret.sbn-md"), target);
        File.AppendAllText(Path.Combine(folder, "_candidat.sbn-md"), "\n{{ include '_secret.sbn-md' }}\n");
        var clock = Stopwatch.StartNew();

        var generate = CliRun.Of("generate", "--template", folder, "-o", temp.File("a.docx"));
        var check = CliRun.Of("template", "check", folder);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
        foreach (var run in new[] { generate, check })
        {
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("_secret.sbn-md: error CLZ2010: This template is a link to /" + target.Split('/')[1], run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(temp.File("a.docx")));
    }

    [Fact]
    public void A_link_to_a_directory_outside_is_not_followed_by_an_include()
    {
        using var temp = new TempFolder();
        var folder = CopyOfBuiltIn(temp);
        Directory.CreateSymbolicLink(Path.Combine(folder, "racine"), "/etc");
        File.AppendAllText(Path.Combine(folder, "_candidat.sbn-md"), "\n{{ include 'racine/hostname' }}\n");

        var run = CliRun.Of("generate", "--template", folder, "-o", temp.File("a.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CLZ2003: include 'racine/hostname': only the *.sbn-md files of the template folder can be included", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("a.docx")));
    }

    [Fact]
    public void A_link_inside_the_folder_still_works()
    {
        using var temp = new TempFolder();
        var folder = CopyOfBuiltIn(temp);
        File.Move(Path.Combine(folder, "_candidat.sbn-md"), Path.Combine(folder, "_candidat-vrai.sbn-md"));
        File.CreateSymbolicLink(Path.Combine(folder, "_candidat.sbn-md"), "_candidat-vrai.sbn-md");

        var run = CliRun.Of("generate", "--template", folder, "-o", temp.File("a.docx"));

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_named_pipe_in_the_folder_is_given_up_at_the_time_limit()
    {
        using var temp = new TempFolder();
        var folder = CopyOfBuiltIn(temp);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder, "_tuyau.sbn-md")))
        {
            mkfifo.WaitForExit();
        }

        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("template", "check", folder);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("_tuyau.sbn-md: error CLZ2005: Reading the template folder took longer than 10 s", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_over_the_size_cap_is_refused()
    {
        using var temp = new TempFolder();
        var folder = CopyOfBuiltIn(temp);
        File.WriteAllText(Path.Combine(folder, "_gros.sbn-md"), new string('x', 2 * 1024 * 1024));

        var run = CliRun.Of("template", "check", folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("_gros.sbn-md: error CLZ2011: The template is larger than 1024 KiB", run.Error, StringComparison.Ordinal);
    }
}
