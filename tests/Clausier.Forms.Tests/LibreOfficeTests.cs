using Clausier.Forms.Tests.Fixtures;
using Xunit.Abstractions;

namespace Clausier.Forms.Tests;

/// <summary>The filled annex re-saved by a real LibreOffice, as a candidate would; skipped where LibreOffice is not installed.</summary>
[Collection(nameof(PerformanceTests))]
public sealed class LibreOfficeTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void Answers_survive_a_DOCX_save_by_LibreOffice_74() => RoundTrip(Soffice.System, viaOdt: false);

    [SkippableFact]
    public void Answers_survive_a_DOCX_save_by_the_current_LibreOffice() => RoundTrip(Soffice.Current, viaOdt: false);

    [SkippableFact]
    public void Answers_survive_a_trip_through_ODT_with_LibreOffice_74() => RoundTrip(Soffice.System, viaOdt: true);

    private void RoundTrip(Soffice? soffice, bool viaOdt)
    {
        Skip.If(soffice is null, "LibreOffice is not installed here");
        var filled = _temp.Write("annexe.docx", Filling.FilledAnnex().Save());
        var input = filled;
        if (viaOdt)
        {
            input = soffice.Convert(filled, "odt", "odt", _temp);
        }

        var resaved = soffice.Convert(input, "docx:MS Word 2007 XML", "docx", _temp);
        var parsed = new AnnexReader().Read(resaved);
        foreach (var problem in parsed.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        Parse.AnswersEqual(Filling.Complete, parsed);
        Parse.CandidateEqual(CandidateFill.Sample, parsed.Candidate);
        Assert.NotNull(parsed.Document);
        Assert.Equal(AnnexBuilder.Tender, parsed.Document.TenderReference);
        Assert.Equal(viaOdt ? ManifestSource.DocumentProperties : ManifestSource.CustomXmlPart, parsed.Document.Source);
        Assert.DoesNotContain(parsed.Problems, p => p.Code is ProblemCodes.ClauseAltered or ProblemCodes.ClauseNotFound or ProblemCodes.FieldMissing);
        Assert.Equal(ParseExitCode.Ok, parsed.ExitCode);
    }
}
