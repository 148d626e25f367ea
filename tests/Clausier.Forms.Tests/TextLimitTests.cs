using System.Text;
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

    /// <summary>The filled annex with the answer of O-1.1 replaced by <paramref name="answer"/>, written as one text node.</summary>
    private static byte[] WithAnswer(string answer)
    {
        var docx = Filling.FilledAnnex().Save();
        var xml = Encoding.UTF8.GetString(HostileFiles.ReadEntry(docx, DocxPackage.DocumentPart));
        xml = xml.Replace(Filling.Complete["O-1.1"].Answer!, answer, StringComparison.Ordinal);
        var package = DocxPackage.Load(docx);
        package.Set(DocxPackage.DocumentPart, Encoding.UTF8.GetBytes(xml));
        return package.Save();
    }

    /// <summary>A text that repeats, as a hostile one may, without the zip-bomb check standing in the way.</summary>
    private static readonly ReaderLimits NoRatioCheck = ReaderLimits.Default with { MaxCompressionRatio = int.MaxValue };

    [Theory]
    [InlineData("")]
    [InlineData("\u0001")]
    public void An_answer_of_twenty_million_characters_in_one_node_is_cut_without_being_held_whole(string control)
    {
        var docx = WithAnswer(control + string.Concat(Enumerable.Repeat("Réponse sans fin du candidat. ", 700_000)));
        var reader = new AnnexReader(NoRatioCheck);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = reader.Read(new MemoryStream(docx), "offre.docx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(parsed.Readable, string.Join("\n", parsed.Problems));
        Assert.Equal(ReaderLimits.Default.MaxAnswerChars, parsed.Find("O-1.1")!.Answer!.Length);
        var cut = Assert.Single(parsed.Problems, p => p.Code == ProblemCodes.TextCut);
        Assert.Contains("holds more than 100,000 characters; only the first 100,000 were read", cut.Message, StringComparison.Ordinal);
        Assert.Contains("contient plus de 100", cut.FrenchMessage, StringComparison.Ordinal);

        // The part is 22 MB inflated; the answer alone would be 42 MB as a string, and reading it whole
        // took it twice more (the XML reader's buffer, the cleaned paragraph).
        Assert.True(allocated < 100_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_part_holding_more_text_than_the_limit_is_refused_by_name()
    {
        var parsed = new AnnexReader(ReaderLimits.Default with { MaxPartTextChars = 1_000 }).Read(new MemoryStream(Filling.FilledAnnex().Save()), "offre.docx");

        Assert.False(parsed.Readable);
        var refused = Parse.Single(parsed, ProblemCodes.XmlLimitExceeded);
        Assert.Contains("/word/document.xml has more than 1,000 characters of text; refused (limit of the reader)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("plus de 1", refused.FrenchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_longer_than_a_chunk_is_read_whole_below_the_limit()
    {
        var answer = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"{i} 😀 ")); // about 24,000 characters, emoji across chunk edges

        var parsed = Parse.Bytes(WithAnswer(answer));

        Assert.Equal(answer.TrimEnd(), parsed.Find("O-1.1")!.Answer);
        Assert.DoesNotContain(parsed.Problems, p => p.Code == ProblemCodes.TextCut);
    }
}
