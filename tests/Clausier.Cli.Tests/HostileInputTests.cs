using System.Diagnostics;
using System.Text;

namespace Clausier.Cli.Tests;

/// <summary>Issue 19: hostile or careless inputs to the generator and outputs give located messages, exit 2 and no stack trace.</summary>
public class HostileInputTests
{
    private const string Tender = """
        reference: HOST-1
        subject: Essai
        buyer:
          name: CH d'essai
        segment: saas

        """;

    private static void NoStackTrace(CliRun run) =>
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("[")]
    [InlineData("{a: ")]
    public void A_tender_nested_a_hundred_thousand_times_is_refused_at_its_position_and_the_process_lives(string opener)
    {
        using var temp = new TempFolder();
        var tender = temp.File("profond.yml");
        File.WriteAllText(tender, "buyer: " + string.Concat(Enumerable.Repeat(opener, 100_000)));

        foreach (var run in new[]
        {
            CliRun.Of("generate", "--tender", tender, "-o", temp.File("a.docx")),
            CliRun.Of("template", "check", BuiltInTemplates, "--tender", tender),
        })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("profond.yml(1,", run.Error, StringComparison.Ordinal);
            Assert.Contains("error CLZ1210: The YAML nests deeper than 64 levels", run.Error, StringComparison.Ordinal);
            NoStackTrace(run);
        }

        Assert.False(File.Exists(temp.File("a.docx")));
    }

    private static string BuiltInTemplates => Clausier.Pipeline.BuiltIn.TemplateFolder;

    [Fact]
    public void A_batch_manifest_nested_too_deep_is_refused_and_the_batch_process_lives()
    {
        using var temp = new TempFolder();
        var manifest = temp.File("lot.yml");
        File.WriteAllText(manifest, "tenders: " + new string('[', 100_000));

        var run = CliRun.Of("batch", manifest, "-o", temp.File("sortie"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lot.yml(1,", run.Error, StringComparison.Ordinal);
        Assert.Contains("CLZ1210", run.Error, StringComparison.Ordinal);
        NoStackTrace(run);
    }

    [Fact]
    public async Task A_deeply_nested_tender_does_not_kill_a_separate_process_either()
    {
        using var temp = new TempFolder();
        var tender = temp.File("profond.yml");
        File.WriteAllText(tender, "buyer: " + new string('[', 100_000));
        var cli = Path.Combine(AppContext.BaseDirectory, "clausier.dll");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "generate", "--tender", tender, "-o", temp.File("a.docx") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("CLZ1210", await error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tender_in_latin1_is_refused_with_the_byte_offset_of_the_first_bad_byte()
    {
        using var temp = new TempFolder();
        var tender = temp.File("latin1.yml");
        File.WriteAllBytes(tender, Encoding.Latin1.GetBytes(Tender.Replace("CH d'essai", "CH de Montéval", StringComparison.Ordinal)));

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("a.docx"));

        Assert.Equal(2, run.ExitCode);
        var offset = Tender.IndexOf("CH d'essai", StringComparison.Ordinal) + "CH de Mont".Length;
        Assert.Contains($"latin1.yml(4,19): error CLZ1212: The file is not valid UTF-8: byte 0xE9 at offset {offset}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("�", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_yaml_document_in_a_tender_is_an_error()
    {
        using var temp = new TempFolder();
        var tender = temp.File("deux.yml");
        File.WriteAllText(tender, Tender + "---\nreference: AUTRE\n");

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("a.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("deux.yml(7,1): error CLZ1211: The file holds a second YAML document", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_given_as_segment_names_the_key()
    {
        using var temp = new TempFolder();
        var tender = temp.File("liste.yml");
        File.WriteAllText(tender, Tender.Replace("segment: saas", "segment: [saas]", StringComparison.Ordinal));

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("a.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("liste.yml(5,10): error CLZ1008: 'segment' (one segment id such as saas, not a list", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_check_counts_the_tender_errors_in_its_summary()
    {
        using var temp = new TempFolder();
        var tender = temp.File("mauvais.yml");
        File.WriteAllText(tender, "reference: X\n");

        var run = CliRun.Of("template", "check", BuiltInTemplates, "--tender", tender);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("0 error(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("mauvais.yml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_nested_a_hundred_thousand_times_by_a_template_is_a_located_error()
    {
        using var temp = new TempFolder();
        var templates = temp.File("modeles");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.EnumerateFiles(BuiltInTemplates))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(templates, "annexe.sbn-md"), "# Annexe\n\n" + new string('>', 100_000) + " profond\n");

        var generate = CliRun.Of("generate", "--template", templates, "-o", temp.File("a.docx"), "--emit-markdown", temp.File("a.md"));
        var check = CliRun.Of("template", "check", templates, "--tender", Examples.SingleLot);

        Assert.Equal(1, generate.ExitCode);
        Assert.Contains("error CLZ3010: The annex Markdown nests deeper than", generate.Error, StringComparison.Ordinal);
        Assert.Matches(@"\(3,1\): error CLZ3010", generate.Error);
        Assert.False(File.Exists(temp.File("a.docx")));
        Assert.False(File.Exists(temp.File("a.md")));
        NoStackTrace(generate);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("CLZ3010", check.Error, StringComparison.Ordinal);
        NoStackTrace(check);
    }

    [Fact]
    public void Markdown_nested_a_hundred_thousand_times_in_a_catalogue_point_is_a_located_error()
    {
        using var temp = new TempFolder();
        var catalogue = temp.File("catalogue");
        Directory.CreateDirectory(catalogue);
        foreach (var file in Directory.EnumerateFiles(Clausier.Pipeline.BuiltIn.CatalogueFolder))
        {
            File.Copy(file, Path.Combine(catalogue, Path.GetFileName(file)));
        }

        // Inside point O-3.1, before the first line of its clause.
        var section = Path.Combine(catalogue, "03-exigences-generales-logiciels.md");
        var lines = File.ReadAllLines(section).ToList();
        var clause = lines.FindIndex(l => l.StartsWith("Le titulaire remet, puis tient à jour", StringComparison.Ordinal));
        Assert.True(lines.FindLastIndex(clause, l => l.StartsWith("## ", StringComparison.Ordinal)) is var heading && lines[heading].StartsWith("## O-3.1 ", StringComparison.Ordinal));
        lines.InsertRange(clause, [new string('>', 100_000) + " profond", ""]);
        File.WriteAllLines(section, lines);

        var run = CliRun.Of("generate", "--catalogue", catalogue, "-o", temp.File("a.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"03-exigences-generales-logiciels.md({clause + 1},1): error CLZ1213: The Markdown nests deeper than 128 levels", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("a.docx")));
        NoStackTrace(run);
    }

    public static TheoryData<string, string> UnwritableOutputs => new()
    {
        { "", "the output path is empty." },
        { "{temp}", "this is a folder" },
        { "/proc/self/annexe.docx", "this is a system folder" },
        { "{temp}/fichier.txt/annexe.docx", "is a file, not a folder." },
        { "{temp}/" + new string('a', 300) + ".docx", "bytes long; file systems accept at most 255." },
    };

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void Generate_parse_and_compare_refuse_an_unwritable_output_with_exit_2(string output, string reason)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("fichier.txt"), "x");
        var annex = temp.File("annexe.docx");
        Assert.Equal(0, CliRun.Of("generate", "-o", annex).ExitCode);
        var path = output.Replace("{temp}", temp.Path, StringComparison.Ordinal);

        foreach (var run in new[]
        {
            CliRun.Of("generate", "-o", path),
            CliRun.Of("parse", annex, "-o", path),
            CliRun.Of("compare", annex, "-o", path),
        })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("error CLZ6001: cannot write the output here: ", run.Error, StringComparison.Ordinal);
            Assert.Contains(reason, run.Error, StringComparison.Ordinal);
            NoStackTrace(run);
        }

        Assert.Equal(["annexe.docx", "fichier.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Template_new_and_batch_refuse_a_folder_under_a_file()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("fichier.txt"), "x");
        var under = Path.Combine(temp.File("fichier.txt"), "dossier");

        foreach (var run in new[]
        {
            CliRun.Of("template", "new", under),
            CliRun.Of("template", "new", temp.File("fichier.txt")),
            CliRun.Of("batch", "--segments", "all", "-o", under),
        })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("error CLZ6001", run.Error, StringComparison.Ordinal);
            NoStackTrace(run);
        }
    }

    [Theory]
    [InlineData("/../../../../tmp/evade", "annexe-lottmp-evade.docx")]
    [InlineData("1/2", "annexe-lot1-2.docx")]
    public void Lot_numbers_never_become_paths(string number, string expected)
    {
        using var temp = new TempFolder();
        var tender = temp.File("lots.yml");
        File.WriteAllText(tender, Tender.Replace("segment: saas", $"segment: saas\nlots:\n  - number: \"{number}\"\n    title: A\n  - number: \"2\"\n    title: B\n", StringComparison.Ordinal));

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("annexe.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(temp.File(expected)), run.Out + run.Error);
        Assert.Empty(Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void A_300_digit_lot_number_gives_a_short_name_that_keeps_lots_apart()
    {
        using var temp = new TempFolder();
        var tender = temp.File("lots.yml");
        var a = new string('1', 300);
        var b = new string('1', 299) + "2";
        File.WriteAllText(tender, Tender.Replace("segment: saas", $"segment: saas\nlots:\n  - number: \"{a}\"\n    title: A\n  - number: \"{b}\"\n    title: B\n", StringComparison.Ordinal));

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("annexe.docx"));

        Assert.Equal(0, run.ExitCode);
        NoStackTrace(run);
        var files = Directory.GetFiles(temp.Path, "annexe-lot*.docx");
        Assert.Equal(2, files.Length);
        Assert.All(files, f => Assert.True(Path.GetFileName(f).Length < 100));
    }
}

/// <summary>Issue 19: parse given a folder says so.</summary>
public class ParseFolderTests
{
    [Fact]
    public void Parse_given_a_folder_says_it_is_a_folder()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("parse", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("this is a folder, not a file: give the .docx files in it", run.Error, StringComparison.Ordinal);
    }
}
