using System.Text.Json;
using System.Text.Json.Nodes;
using Clausier.Benchmarks;

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
        Assert.DoesNotContain("CLZ7016", add2025.Error + add2026.Error + prefill.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("revue.json")));
        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("filled").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("summary").GetProperty("toReview").GetInt32());
        var parsed = CliRun.Of("parse", temp.File("annexe-preremplie.docx"), "--format", "json");
        Assert.Contains("Réponse de 2026.", parsed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CLZ4501", parsed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("CLZ4502", parsed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JSON_of_a_filled_annex_prefills_the_same_tender_without_review_and_marks_only_the_clauses_a_parameter_changed()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("tender-b.yml"), File.ReadAllText(Examples.SingleLot) + "    tls_min_version: \"1.3\"\n    subprocessor_objection_days: \"30\"\n");
        CliRun.Of("generate", "--tender", temp.File("tender-b.yml"), "-o", temp.File("annexe-b.docx"));
        var parse = ReturnAndParse(temp, "offre-a.docx", "offre-a.json");
        var lib = temp.File("lib");

        var add = CliRun.Of("library", "add", temp.File("offre-a.json"), "--library", lib, "--product", "Agenda+", "--date", "2026-03-01");
        var sameTender = CliRun.Of("prefill", temp.File("annexe-vierge.docx"), "--library", lib, "--product", "Agenda+",
            "-o", temp.File("a-preremplie.docx"), "--report", temp.File("a.json"));
        var otherParameter = CliRun.Of("prefill", temp.File("annexe-b.docx"), "--library", lib, "--product", "Agenda+",
            "-o", temp.File("b-preremplie.docx"), "--report", temp.File("b.json"));

        Assert.NotEqual(2, parse.ExitCode);
        Assert.Equal(0, add.ExitCode);
        Assert.Equal("", add.Error);
        var a = Hashes(File.ReadAllText(temp.File("offre-a.json")));
        Assert.All(a.Values, hash => Assert.Matches("^[0-9a-f]{64}$", hash));
        Assert.Equal(0, sameTender.ExitCode);
        var sameReport = Points(temp.File("a.json"));
        Assert.Equal(a.Keys, sameReport.Keys);
        Assert.All(sameReport.Values, outcome => Assert.Equal("filled", outcome));

        Assert.Equal(1, otherParameter.ExitCode);
        var b = Hashes(CliRun.Of("parse", temp.File("annexe-b.docx"), "--format", "json").Out);
        var changed = b.Where(p => a.TryGetValue(p.Key, out var old) && old != p.Value).Select(p => p.Key).ToList();
        Assert.Equal(2, changed.Count);
        var otherReport = Points(temp.File("b.json"));
        Assert.Equal(changed, otherReport.Where(p => p.Value == "review").Select(p => p.Key));
        Assert.All(otherReport.Where(p => !changed.Contains(p.Key)), p => Assert.Equal(a.ContainsKey(p.Key) ? "filled" : "missing", p.Value));
        Assert.Contains("CLZ7011", otherParameter.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CLZ7016", otherParameter.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JSON_of_an_earlier_version_without_clause_hashes_is_added_and_said_to_need_review()
    {
        using var temp = new TempFolder();
        ReturnAndParse(temp, "offre.docx", "parse.json");
        var json = JsonNode.Parse(File.ReadAllText(temp.File("parse.json")))!;
        foreach (var answer in json["files"]![0]!["answers"]!.AsArray())
        {
            answer!.AsObject().Remove("clauseSha256");
        }

        File.WriteAllText(temp.File("ancien.json"), json.ToJsonString());
        var lib = temp.File("lib");

        var add = CliRun.Of("library", "add", temp.File("ancien.json"), "--library", lib, "--product", "Agenda+");
        var prefill = CliRun.Of("prefill", temp.File("annexe-vierge.docx"), "--library", lib, "--product", "Agenda+",
            "-o", temp.File("annexe-preremplie.docx"), "--report", temp.File("revue.json"));

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("warning CLZ7016", add.Error, StringComparison.Ordinal);
        Assert.Contains("record no clause hash", add.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(lib, "*.json", SearchOption.AllDirectories));
        Assert.Equal(1, prefill.ExitCode);
        Assert.Contains("CLZ7016", prefill.Error, StringComparison.Ordinal);
        Assert.All(Points(temp.File("revue.json")).Values, outcome => Assert.Equal("review", outcome));
    }

    [Fact]
    public void Library_add_tells_files_apart_by_content_not_by_name()
    {
        using var temp = new TempFolder();
        ReturnAndParse(temp, "offre.json.bak", "reponses.txt");
        File.WriteAllText(temp.File("notes.json"), """{ "titre": "mes notes" }""");
        var lib = temp.File("lib");

        var docx = CliRun.Of("library", "add", temp.File("offre.json.bak"), "--library", lib, "--product", "Agenda+", "--date", "2025-01-01");
        var json = CliRun.Of("library", "add", temp.File("reponses.txt"), "--library", lib, "--product", "Agenda+", "--date", "2026-01-01");
        var entry = Directory.GetFiles(Path.Combine(lib, "Agenda"), "2026-*.json").Single();
        var copied = CliRun.Of("library", "add", entry, "--library", lib, "--product", "Agenda Pro");
        var notes = CliRun.Of("library", "add", temp.File("notes.json"), "--library", lib, "--product", "Agenda+");
        var list = CliRun.Of("library", "list", "--library", lib);

        Assert.Equal(0, docx.ExitCode);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, copied.ExitCode);
        Assert.Equal(2, notes.ExitCode);
        Assert.Contains("error CLZ7001: JSON, but neither an answer library entry", notes.Error, StringComparison.Ordinal);
        Assert.Contains("2025-01-01  offre.json.bak", list.Out, StringComparison.Ordinal);
        Assert.Contains("Agenda Pro\n  2026-01-01  offre.json.bak", list.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
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

    /// <summary>The example tender's annex generated as annexe-vierge.docx, returned filled as Word does, and parsed to JSON.</summary>
    private static CliRun ReturnAndParse(TempFolder temp, string returned, string json)
    {
        CliRun.Of("generate", "-o", temp.File("annexe-vierge.docx"));
        File.WriteAllBytes(temp.File(returned), AnnexFiller.Fill(File.ReadAllBytes(temp.File("annexe-vierge.docx"))));
        return CliRun.Of("parse", temp.File(returned), "--format", "json", "-o", temp.File(json));
    }

    /// <summary>Each point's clause hash in the first file of a parse JSON.</summary>
    private static Dictionary<string, string> Hashes(string parseJson)
    {
        using var json = JsonDocument.Parse(parseJson);
        return json.RootElement.GetProperty("files")[0].GetProperty("answers").EnumerateArray()
            .ToDictionary(a => a.GetProperty("pointId").GetString()!, a => a.GetProperty("clauseSha256").GetString()!);
    }

    /// <summary>Each point's outcome in a prefill report, in the annex's order.</summary>
    private static Dictionary<string, string> Points(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return json.RootElement.GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("pointId").GetString()!, p => p.GetProperty("outcome").GetString()!);
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
