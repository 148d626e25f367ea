namespace Clausier.Word.Tests;

/// <summary>Odd but possible input still gives a valid DOCX (Annexes.Write validates every one).</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("---\n---\n")]
    [InlineData("###### Niveau six\n")]
    [InlineData("::: note\n- un\n- deux\n:::\n")]
    [InlineData("- point\n\n  | a |\n  |---|\n  | 1 |\n")]
    [InlineData("> > citation dans une citation\n")]
    [InlineData("[relatif](docs/annexe.md) et [ancre](#titre)\n")]
    [InlineData("-\n- suite\n")]
    [InlineData("::: clause O-1.1\n:::\n")]
    [InlineData("::: toc\n## Table des matières\n:::\n\n# Un\n")]
    [InlineData("| a |\n|---|\n")]
    [InlineData("*pas fermé et ** non plus\n")]
    [InlineData("Caractères & < > \" ' &amp; &nbsp; &#x1F600;\n")]
    [InlineData("::: cover\n# Titre\n:::\n\n::: cover\n# Encore\n:::\n")]
    [InlineData("| a | b |\n|---|---|\n| [[O-1.1:status]] | [[O-1.1:answer]] |\n| [[O-1.1:evidence]] | [[O-1.1:date]] |\n")]
    public void Produces_a_valid_docx(string markdown)
    {
        var result = Annexes.Write(markdown);

        Assert.NotNull(result.Docx);
    }

    [Fact]
    public void Relative_link_keeps_its_text_and_is_reported()
    {
        var result = Annexes.Write("[relatif](docs/annexe.md)\n");

        Assert.Equal(WordDiagnosticIds.UnsupportedLinkTarget, Assert.Single(result.Diagnostics).Id);
        Assert.Equal("relatif", Annexes.BodyOf(result.Docx!).InnerText);
    }
}
