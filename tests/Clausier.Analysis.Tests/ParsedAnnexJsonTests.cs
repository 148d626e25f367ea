using System.Text;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Forms.Output;

namespace Clausier.Analysis.Tests;

public class ParsedAnnexJsonTests
{
    private static IReadOnlyList<ParsedAnnex> ReadText(string json) =>
        ParsedAnnexJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "parse.json");

    [Fact]
    public void Reads_back_what_clausier_parse_wrote()
    {
        var original = Candidates.Three();

        var read = ReadText(ParseJsonWriter.ToJson(new ParseRun([.. original, Candidates.Unreadable("broken.docx")])));

        Assert.Equal(4, read.Count);
        for (var i = 0; i < original.Count; i++)
        {
            Assert.True(read[i].Readable);
            Assert.Null(read[i].Manifest);
            Assert.Equal(original[i].File, read[i].File);
            Assert.Equal(original[i].Document, read[i].Document);
            Assert.Equal(original[i].Candidate, read[i].Candidate);
            Assert.Equal(
                original[i].Answers.Select(a => (a.PointId, a.Title, a.Status, a.Answer, a.Evidence, a.Date, a.Source)),
                read[i].Answers.Select(a => (a.PointId, a.Title, a.Status, a.Answer, a.Evidence, a.Date, a.Source)));
            Assert.Equal(original[i].Problems.Select(p => (p.Code, p.Severity, p.PointId, p.Message, p.FrenchMessage)),
                read[i].Problems.Select(p => (p.Code, p.Severity, p.PointId, p.Message, p.FrenchMessage)));
        }

        Assert.False(read[3].Readable);
        Assert.Equal(ProblemCodes.NotAPackage, Assert.Single(read[3].Problems).Code);
    }

    [Fact]
    public void Keeps_each_answers_clause_hash_and_reads_JSON_of_earlier_versions_without_one()
    {
        var (docx, manifest) = RealAnnex.Generate();
        var json = ParseJsonWriter.ToJson(new ParseRun([RealAnnex.Read(docx, "offre.docx")]));

        var read = Assert.Single(ReadText(json));
        var earlier = Assert.Single(ReadText(json.Replace("\"clauseSha256\"", "\"unknownProperty\"", StringComparison.Ordinal)));

        Assert.Equal(manifest.Points.Select(p => (p.Id, (string?)p.ClauseSha256)), read.Answers.Select(a => (a.PointId, a.ClauseSha256)));
        Assert.All(earlier.Answers, a => Assert.Null(a.ClauseSha256));
        Assert.Equal(read.Problems.Count, earlier.Problems.Count);
    }

    [Fact]
    public void Comparison_from_json_matches_the_comparison_from_the_annexes()
    {
        var fromAnnexes = CandidateComparison.Build(Candidates.Three(), force: false).Value!;

        var fromJson = CandidateComparison.Build(ReadText(ParseJsonWriter.ToJson(new ParseRun(Candidates.Three()))), force: false).Value!;

        Assert.Equal(fromAnnexes.Candidates.Select(c => c.Counts), fromJson.Candidates.Select(c => c.Counts));
        Assert.Equal(fromAnnexes.Candidates.Select(c => c.Overall), fromJson.Candidates.Select(c => c.Overall));
        Assert.Equal(fromAnnexes.Candidates.Select(c => c.Attention.Select(a => (a.PointId, a.Kind)).ToList()),
            fromJson.Candidates.Select(c => c.Attention.Select(a => (a.PointId, a.Kind)).ToList()));
    }

    [Theory]
    [InlineData("{ not json", AnalysisDiagnosticIds.JsonMalformed)]
    [InlineData("[1, 2, 3]", AnalysisDiagnosticIds.JsonMalformed)]
    [InlineData("""{ "formatVersion": 2, "files": [] }""", AnalysisDiagnosticIds.JsonUnsupportedVersion)]
    [InlineData("""{ "formatVersion": 1, "files": [] }""", AnalysisDiagnosticIds.JsonMalformed)]
    public void Json_that_is_not_parse_output_gives_one_unreadable_annex_saying_why(string json, string code)
    {
        var annex = Assert.Single(ReadText(json));

        Assert.False(annex.Readable);
        var problem = Assert.Single(annex.Problems);
        Assert.Equal((code, DiagnosticSeverity.Error), (problem.Code, problem.Severity));
        Assert.Equal("parse.json", annex.File);
    }

    [Fact]
    public void Missing_file_is_reported_not_thrown()
    {
        var annex = Assert.Single(ParsedAnnexJson.Read(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.json")));

        Assert.False(annex.Readable);
        Assert.Equal(AnalysisDiagnosticIds.JsonUnreadable, Assert.Single(annex.Problems).Code);
    }

    [Fact]
    public void Bad_values_are_reported_and_read_as_empty()
    {
        const string json = """
            { "formatVersion": 1, "files": [ { "file": "x.docx", "readable": true, "document": null,
              "candidate": { "company": "X", "date": "hier" },
              "answers": [ { "pointId": "O-1.1", "status": "peut-être", "answer": 42, "source": "tag", "fieldSources": {} } ],
              "problems": [] } ] }
            """;

        var annex = Assert.Single(ReadText(json));

        Assert.True(annex.Readable);
        var answer = Assert.Single(annex.Answers);
        Assert.Equal((null, null), (answer.Status, answer.Answer));
        Assert.Null(annex.Candidate.Date);
        Assert.Equal(3, annex.Problems.Count(p => p.Code == AnalysisDiagnosticIds.JsonInvalidValue && p.Severity == DiagnosticSeverity.Warning));
    }
}
