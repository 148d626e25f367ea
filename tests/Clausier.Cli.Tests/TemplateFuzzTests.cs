using System.Globalization;
using System.Text;

namespace Clausier.Cli.Tests;

/// <summary>
/// Seeded template folders built from fragments of the built-in templates and of hostile ones (deep
/// Markdown, loops, recursion, includes out of the folder, links): <c>template check</c> and
/// <c>generate</c> never print a stack trace and exit with 0, 1 or 2. <c>CLAUSIER_FUZZ_CASES</c> runs more.
/// </summary>
public class TemplateFuzzTests
{
    private static readonly string[] Fragments =
    [
        "{{ tender.reference }}", "{{ include '_candidat.sbn-md' }}", "{{ include '../../etc/passwd' }}", "{{ include 'lien.sbn-md' }}",
        "{{ for i in 1..100000 }}x{{ end }}", "{{ func f; f; end; f }}", "{{ while true }}{{ end }}", "{{ 1 / 0 }}", "{{ x.y.z }}",
        "\n> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > x\n",
        "\n::: answers O-1.1\n| a | b |\n|---|---|\n| Statut | [[O-1.1:status]] |\n:::\n", "---\ntitle: [[[[\n---\n", "{{", "}}", "{{ end }}",
        "[[candidate:siret]]", "\u0001", "# Titre\n", "{{ 'x' | string.repeat 1000000 }}", "{{ date.now }}",
    ];

    [Fact]
    public void Seeded_template_folders_never_crash_the_commands()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("CLAUSIER_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n / 20 : 12;
        using var temp = new TempFolder();
        for (var seed = 1; seed <= cases; seed++)
        {
            var random = new Random(seed);
            var folder = temp.File($"modeles-{seed}");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(Clausier.Pipeline.BuiltIn.TemplateFolder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var main = new StringBuilder(File.ReadAllText(Path.Combine(folder, "annexe.sbn-md")));
            for (var i = random.Next(1, 6); i > 0; i--)
            {
                main.Insert(random.Next(main.Length), Fragments[random.Next(Fragments.Length)]);
            }

            File.WriteAllText(Path.Combine(folder, "annexe.sbn-md"), main.ToString());
            if (random.Next(3) == 0)
            {
                File.CreateSymbolicLink(Path.Combine(folder, "lien.sbn-md"), random.Next(2) == 0 ? "/etc/hostname" : "_candidat.sbn-md");
            }

            var run = random.Next(2) == 0
                ? CliRun.Of("template", "check", folder, "--tender", Examples.SingleLot)
                : CliRun.Of("generate", "--template", folder, "-o", Path.Combine(folder, "a.docx"));

            Assert.True(run.ExitCode is >= 0 and <= 2, $"seed {seed}: exit {run.ExitCode}\n{run.Error}");
            Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        }
    }
}
