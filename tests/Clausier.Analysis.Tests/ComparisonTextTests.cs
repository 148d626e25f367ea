using System.Text.Json;
using Clausier.Analysis.Output;
using Clausier.Analysis.Tests.Fixtures;

namespace Clausier.Analysis.Tests;

public class ComparisonTextTests
{
    private static Comparison Three() => CandidateComparison.Build(Candidates.Three(), force: false).Value!;

    [Fact]
    public void Markdown_has_the_synthesis_rates_and_attention_items_in_french()
    {
        var markdown = ComparisonText.ToMarkdown(Three());

        Assert.Contains("| Beta Informatique | 4 | 2 | 0 | 1 | 1 | 1 | 57\u00A0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 12.2 | 100\u00A0% | 100\u00A0% | 50\u00A0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("- **O-2.1** Nature et finalité du traitement confié — Non : « Pas de registre tenu à ce jour. »", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Annexe** — Révisions non acceptées", markdown, StringComparison.Ordinal);
        Assert.Contains(Comparison.RateDefinition, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_candidate_text_from_breaking_the_table()
    {
        var odd = Candidates.Alpha() with { Candidate = Candidates.Alpha().Candidate with { Company = "A | B\nC" } };

        var markdown = ComparisonText.ToMarkdown(CandidateComparison.Build([odd], force: false).Value!);

        Assert.Contains("| A \\| B C | 6 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_counts_rates_and_attention_per_candidate()
    {
        using var json = JsonDocument.Parse(ComparisonText.ToJson(Three()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal(Candidates.Tender, root.GetProperty("tender").GetProperty("reference").GetString());
        var beta = root.GetProperty("candidates")[1];
        Assert.Equal("Beta Informatique", beta.GetProperty("name").GetString());
        Assert.Equal(2, beta.GetProperty("counts").GetProperty("non").GetInt32());
        Assert.Equal(4.0 / 7, beta.GetProperty("compliance").GetProperty("rate").GetDouble(), 10);
        Assert.Equal(["1", "2", "7", "12.1", "12.2"], root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal("clauseAltered", beta.GetProperty("attention")[3].GetProperty("kind").GetString());
        Assert.True(beta.GetProperty("attention")[3].GetProperty("integrity").GetBoolean());
    }
}
