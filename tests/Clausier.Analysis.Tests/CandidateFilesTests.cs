using System.Text;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Forms;
using Clausier.Forms;
using Clausier.Forms.Output;
using Clausier.Testing;

namespace Clausier.Analysis.Tests;

/// <summary>
/// The files given to <c>compare</c>, <c>evaluate</c> and <c>export</c> are told apart by content, with the
/// classifier of <c>library add</c> and the upload pages; a name only says which reader explains a file that is neither.
/// </summary>
public sealed class CandidateFilesTests : IDisposable
{
    private readonly TempDir _temp = new("clausier-candidate-files");

    public void Dispose() => _temp.Dispose();

    private static byte[] Filled(string company)
    {
        var (docx, manifest) = RealAnnex.Generate();
        return RealAnnex.Fill(docx, company, manifest.Points.ToDictionary(p => p.Id, p => p.StatusRequired ? new Fill(AnswerStatus.Oui) : new Fill(null, "Réponse.")));
    }

    [Fact]
    public void Parse_output_is_read_as_JSON_whatever_its_name_after_a_byte_order_mark_and_blank_lines()
    {
        var json = "\uFEFF\r\n\r\n   " + ParseJsonWriter.ToJson(new ParseRun([RealAnnex.Read(Filled("Beta Informatique"), "beta.docx")]));
        var path = _temp.Write("reponses-beta.txt", Encoding.UTF8.GetBytes(json));

        var annex = Assert.Single(CandidateFiles.Read([path], new AnnexReader()));

        Assert.True(annex.Readable);
        Assert.Equal("Beta Informatique", annex.Candidate.Company);
    }

    [Fact]
    public void An_annex_named_json_is_read_as_an_annex()
    {
        var path = _temp.Write("alpha.json", Filled("Alpha SAS"));

        var annex = Assert.Single(CandidateFiles.Read([path], new AnnexReader()));

        Assert.True(annex.Readable);
        Assert.Equal("Alpha SAS", annex.Candidate.Company);
    }

    [Fact]
    public void JSON_that_is_not_parse_output_is_explained_by_the_JSON_reader_whatever_its_name()
    {
        var array = _temp.Write("liste.docx", "[ { \"files\": [] } ]"u8.ToArray());

        var annex = Assert.Single(CandidateFiles.Read([array], new AnnexReader()));

        Assert.False(annex.Readable);
        Assert.Equal("CLZ5102", Assert.Single(annex.Problems).Code);
    }

    [Fact]
    public void Text_is_explained_by_the_reader_its_name_points_to()
    {
        var json = _temp.Write("notes.json", "mes notes de lecture"u8.ToArray());
        var docx = _temp.Write("notes.docx", "mes notes de lecture"u8.ToArray());

        var annexes = CandidateFiles.Read([json, docx], new AnnexReader());

        Assert.Equal(["CLZ5102", "CLZ4004"], annexes.Select(a => Assert.Single(a.Problems).Code));
        Assert.All(annexes, a => Assert.False(a.Readable));
    }

    [Fact]
    public void A_missing_file_is_reported_by_the_reader_its_name_points_to()
    {
        var annexes = CandidateFiles.Read([_temp.File("absent.json"), _temp.File("absent.docx")], new AnnexReader());

        Assert.Equal(["CLZ5101", "CLZ4002"], annexes.Select(a => Assert.Single(a.Problems).Code));
    }
}
