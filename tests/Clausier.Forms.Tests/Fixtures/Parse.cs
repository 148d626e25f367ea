using Clausier.Core.Forms;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>Reads test annexes and compares what was read with what was filled.</summary>
public static class Parse
{
    public static ParsedAnnex Bytes(byte[] docx, ReaderOptions? options = null) =>
        new AnnexReader(options ?? ReaderOptions.Default).Read(new MemoryStream(docx), "annexe.docx");

    public static ParsedAnnex Package(DocxPackage package, ReaderOptions? options = null) => Bytes(package.Save(), options);

    public static void AnswersEqual(IReadOnlyDictionary<string, PointFill> expected, ParsedAnnex parsed)
    {
        Assert.True(parsed.Readable, string.Join("\n", parsed.Problems));
        foreach (var (id, fill) in expected)
        {
            var answer = parsed.Find(id);
            Assert.NotNull(answer);
            Assert.Equal(fill.Status, answer.Status);
            Assert.Equal(fill.Answer, answer.Answer);
            Assert.Equal(fill.Evidence, answer.Evidence);
            Assert.Equal(fill.Date, answer.Date);
        }
    }

    public static void CandidateEqual(CandidateFill expected, CandidateInfo actual)
    {
        Assert.Equal(expected.Company, actual.Company);
        Assert.Equal(expected.Siret, actual.Siret);
        Assert.Equal(expected.Signatory, actual.Signatory);
        Assert.Equal(expected.Role, actual.Role);
        Assert.Equal(expected.Date, actual.Date);
    }

    public static IEnumerable<string> Codes(ParsedAnnex parsed, string? pointId = null) =>
        parsed.Problems.Where(p => pointId is null || p.PointId == pointId).Select(p => p.Code);

    public static Problem Single(ParsedAnnex parsed, string code) =>
        Assert.Single(parsed.Problems, p => p.Code == code);

    public static string Tag(string pointId, FormField field) => FormContract.PointTag(pointId, field);
}
