using Clausier.Forms.Tests.Fixtures;
using Xunit.Abstractions;

namespace Clausier.Forms.Tests;

/// <summary>Annexes rendered by the real writer, filled, mangled, re-saved, read back.</summary>
[Collection(nameof(PerformanceTests))]
public sealed class WriterRoundTripTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Empty_annex_from_the_writer_matches_its_manifest()
    {
        var parsed = Parse.Bytes(WrittenAnnex.Build());

        Assert.NotNull(parsed.Manifest);
        Assert.Equal([.. SamplePoint.EveryType.Select(p => p.Id)], parsed.Answers.Select(a => a.PointId));
        Assert.DoesNotContain(parsed.Problems, p => p.Code is ProblemCodes.ClauseAltered or ProblemCodes.ClauseNotFound
            or ProblemCodes.FieldMissing or ProblemCodes.PointMissing or ProblemCodes.CandidateBlockMissing or ProblemCodes.ManifestConflict);
        Assert.All(parsed.Answers, a => Assert.Equal(AnswerSource.Tag, a.Source));
    }

    [Fact]
    public void Reads_every_answer_of_a_writer_annex_filled_as_Word_does()
    {
        var parsed = Parse.Package(WrittenAnnex.Filled());

        Log(parsed);
        Parse.AnswersEqual(Filling.Complete, parsed);
        Parse.CandidateEqual(CandidateFill.Sample, parsed.Candidate);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Reads_every_answer_of_a_writer_annex_whose_tags_were_stripped()
    {
        var package = WrittenAnnex.Filled();
        Mangle.StripTagsAliasesIds(package.Document);

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Parse.CandidateEqual(CandidateFill.Sample, parsed.Candidate);
        Assert.DoesNotContain(parsed.Problems, p => p.IsError);
    }

    [SkippableFact]
    public void Writer_annex_survives_a_DOCX_save_by_LibreOffice_74() => LibreOffice(Soffice.System);

    [SkippableFact]
    public void Writer_annex_survives_a_DOCX_save_by_the_current_LibreOffice() => LibreOffice(Soffice.Current);

    private void LibreOffice(Soffice? soffice)
    {
        Skip.If(soffice is null, "LibreOffice is not installed here");
        var filled = _temp.Write("annexe.docx", WrittenAnnex.Filled().Save());

        var parsed = new AnnexReader().Read(soffice.Convert(filled, "docx:MS Word 2007 XML", "docx", _temp));

        Log(parsed);
        Parse.AnswersEqual(Filling.Complete, parsed);
        Parse.CandidateEqual(CandidateFill.Sample, parsed.Candidate);
        Assert.Equal(ManifestSource.CustomXmlPart, parsed.Document!.Source);
        Assert.Equal(ParseExitCode.Ok, parsed.ExitCode);
    }

    private void Log(ParsedAnnex parsed)
    {
        foreach (var problem in parsed.Problems)
        {
            output.WriteLine(problem.ToString());
        }
    }
}
