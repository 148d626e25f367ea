using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>Issue 19: one huge answer cannot fill the memory or the JSON; what is cut is an error naming the field.</summary>
public sealed class TextLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_answer_over_the_limit_is_cut_and_the_cut_is_reported()
    {
        var path = _temp.Write("offre.docx", Filling.FilledAnnex().Save());

        var parsed = new AnnexReader(ReaderLimits.Default with { MaxAnswerChars = 5 }).Read(path);

        Assert.True(parsed.Readable);
        Assert.All(parsed.Answers, a => Assert.True((a.Answer?.Length ?? 0) <= 5, a.Answer));
        var cut = parsed.Problems.Where(p => p.Code == ProblemCodes.TextCut).ToList();
        Assert.NotEmpty(cut);
        Assert.All(cut, p => Assert.Contains("only the first 5 were read (limits: 5 per answer", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_whole_file_has_a_text_budget_too()
    {
        var path = _temp.Write("offre.docx", Filling.FilledAnnex().Save());

        var parsed = new AnnexReader(ReaderLimits.Default with { MaxTextChars = 10 }).Read(path);

        Assert.True(parsed.Answers.Sum(a => (a.Answer?.Length ?? 0) + (a.Evidence?.Length ?? 0)) <= 10);
        Assert.Contains(parsed.Problems, p => p.Code == ProblemCodes.TextCut);
    }
}
