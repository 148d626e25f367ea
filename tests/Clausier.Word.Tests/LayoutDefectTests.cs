using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>A defect seen when the annex was opened in LibreOffice, and diagnostics reported more than once.</summary>
public class LayoutDefectTests
{
    [Fact]
    public void Paragraph_after_a_final_table_is_one_point_high_so_it_cannot_spill_onto_an_empty_page()
    {
        var body = Annexes.Body("| Candidat | |\n|---|---|\n| Raison sociale | [[candidate:company]] |\n");

        var last = body.Elements<Paragraph>().Last();
        Assert.IsType<Table>(last.PreviousSibling());
        var spacing = last.ParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal(("0", "0", "20", LineSpacingRuleValues.Exact), (spacing.Before!.Value, spacing.After!.Value, spacing.Line!.Value, spacing.LineRule!.Value));
        Assert.Equal("2", last.ParagraphProperties.ParagraphMarkRunProperties!.GetFirstChild<FontSize>()!.Val!.Value);
        Assert.False(last.HasChildren && last.Elements<Run>().Any());
    }

    [Theory]
    [InlineData("Texte[^1].\n\n[^1]: Une note.\n")]
    [InlineData("| a | b |\n|---|---|\n| x | Texte[^1]. |\n\n[^1]: Une note.\n")]
    [InlineData("::: clause O-1.1\nTexte[^1].\n:::\n\n[^1]: Une note.\n")]
    [InlineData("# Titre[^1]\n\n[^1]: Une note.\n")]
    [InlineData("- Texte[^1].\n\n[^1]: Une note.\n")]
    [InlineData("Texte[^1] et encore[^1].\n\n[^1]: Une note.\n")]
    public void Each_footnote_problem_is_reported_once_per_place(string markdown)
    {
        var result = Annexes.Write(markdown, Annexes.Manifest("O-1.1"));

        var footnotes = result.Diagnostics.Where(d => d.Id == WordDiagnosticIds.Footnote).Select(d => $"{d.Location} {d.Message}").ToList();
        Assert.NotEmpty(footnotes);
        Assert.Equal(footnotes.Distinct(), footnotes);
    }
}
