using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Clausier.Cli.Tests;

/// <summary>Issue 19: Ctrl-C during a batch leaves complete files and a report that lets the next run skip them.</summary>
public class BatchInterruptTests
{
    [Fact]
    public async Task A_real_sigint_writes_an_interrupted_report_and_a_rerun_skips_the_finished_items()
    {
        using var temp = new TempFolder();
        var manifest = new StringBuilder("tenders:\n");
        for (var i = 0; i < 400; i++)
        {
            manifest.Append($"  - tender:\n      reference: INT-{i:000}\n      subject: Essai {i}\n      buyer:\n        name: CH d'essai\n      segment: saas\n");
        }

        File.WriteAllText(temp.File("lot.yml"), manifest.ToString());
        var output = temp.File("sortie");

        using var process = Start(temp.File("lot.yml"), output);
        var error = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3) && (!Directory.Exists(output) || Directory.GetFiles(output, "*.docx").Length < 2))
        {
            await Task.Delay(50);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(120_000), "the batch did not stop after SIGINT");
        var errorText = await error;
        var outText = await stdout;
        Assert.True(process.ExitCode is 1 or 130, $"exit {process.ExitCode}: {errorText}");
        Assert.Contains("Interrupted: run the same command again to finish.", outText, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outText + errorText, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "batch-report.json")))!;
        Assert.True((bool)report["interrupted"]!);
        var written = (int)report["summary"]!["written"]!;
        Assert.InRange(written, 2, 399);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        Assert.Equal(written, Directory.GetFiles(output, "*.docx").Length);

        var again = CliRun.Of("batch", temp.File("lot.yml"), "-o", output);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"{400 - written} written, {written} unchanged, 0 failed.", again.Out, StringComparison.Ordinal);
    }

    private static Process Start(string manifest, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "clausier.dll"), "batch", manifest, "-o", output, "--parallel", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
