using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clausier.Cli.Tests;

public class LibraryAndPrefillCommandTests
{
    [Fact]
    public void Answers_added_from_parse_JSON_prefill_the_blank_annex_and_their_versions_compare()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe-vierge.docx"));
        CliRun.Of("parse", temp.File("annexe-vierge.docx"), "--format", "json", "-o", temp.File("parse.json"));
        Answer(temp.File("parse.json"), temp.File("offre-2025.json"), "Réponse de 2025.");
        Answer(temp.File("parse.json"), temp.File("offre-2026.json"), "Réponse de 2026.");
        var lib = temp.File("lib");

        var add2025 = CliRun.Of("library", "add", temp.File("offre-2025.json"), "--library", lib, "--product", "Agenda+", "--date", "2025-03-01");
        var add2026 = CliRun.Of("library", "add", temp.File("offre-2026.json"), "--library", lib, "--product", "Agenda+", "--date", "2026-03-01");
        var diff = CliRun.Of("library", "diff", "--library", lib, "--product", "Agenda+", "2025", "2026");
        var prefill = CliRun.Of("prefill", temp.File("annexe-vierge.docx"), "--library", lib, "--product", "Agenda+",
            "-o", temp.File("annexe-preremplie.docx"), "--report", temp.File("revue.json"));

        Assert.Equal(0, add2025.ExitCode);
        Assert.Equal(0, add2026.ExitCode);
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("2 changed, 0 added, 0 removed", diff.Out, StringComparison.Ordinal);
        Assert.Equal(1, prefill.ExitCode);
        Assert.Contains("CLZ7016", prefill.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("revue.json")));
        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("toReview").GetInt32());
        var parsed = CliRun.Of("parse", temp.File("annexe-preremplie.docx"), "--format", "json");
        Assert.Contains("Réponse de 2026.", parsed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CLZ4501", parsed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CLZ4502", parsed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annex_that_is_not_a_docx_is_refused_with_exit_2_and_nothing_written()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("annexe.docx"), "ceci n'est pas un document Word");

        var prefill = CliRun.Of("prefill", temp.File("annexe.docx"), "--library", temp.File("lib"), "--product", "Agenda+", "-o", temp.File("sortie.docx"));
        var add = CliRun.Of("library", "add", temp.File("annexe.docx"), "--library", temp.File("lib"), "--product", "Agenda+");

        Assert.Equal(2, prefill.ExitCode);
        Assert.Contains("CLZ7010", prefill.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("sortie.docx")));
        Assert.Equal(2, add.ExitCode);
        Assert.Contains("CLZ7002", add.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", prefill.Error + add.Error, StringComparison.Ordinal);
    }

    /// <summary>The parse JSON of the blank annex with its first two points answered.</summary>
    private static void Answer(string parseJson, string output, string text)
    {
        var json = JsonNode.Parse(File.ReadAllText(parseJson))!;
        foreach (var answer in json["files"]![0]!["answers"]!.AsArray().Take(2))
        {
            answer!["status"] = "oui";
            answer["answer"] = text;
        }

        File.WriteAllText(output, json.ToJsonString());
    }
}
