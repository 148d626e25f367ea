using Clausier.Core.Writing;
using Markdig;
using Markdig.Syntax;

namespace Clausier.Core.Tests.Writing;

/// <summary>Escaped text is read back as one paragraph of the same text, by plain CommonMark and by an annex-like pipeline.</summary>
public class MarkdownEscaperTests
{
    private static readonly MarkdownPipeline Annex = new MarkdownPipelineBuilder().UsePipeTables().UseCustomContainers().UseFootnotes().Build();

    [Theory]
    [InlineData("# pas un titre")]
    [InlineData("> pas une citation")]
    [InlineData("- pas une liste")]
    [InlineData("+ pas une liste")]
    [InlineData("* pas une liste")]
    [InlineData("1. pas une liste")]
    [InlineData("2020) pas une liste")]
    [InlineData("---")]
    [InlineData("___")]
    [InlineData("~~~")]
    [InlineData("```")]
    [InlineData("::: note")]
    [InlineData("*pas* d'_emphase_ ni de **gras** ni de `code`")]
    [InlineData("[pas un lien](https://example.org) ni [ref][x] ni [[O-1.1:status]] ni [^1]")]
    [InlineData("<b>pas de HTML</b> mais < 7.0 reste")]
    [InlineData("&amp; &#38; et Informatique & Libertés")]
    [InlineData("C:\\temp\\ et \\*")]
    [InlineData("{{parametre}} et {{{triple}}}")]
    [InlineData("a_b_c reste, ~~barré~~ non")]
    public void Paragraph_reads_back_as_the_same_text(string text)
    {
        var escaped = MarkdownEscaper.EscapeBlock(text);

        foreach (var pipeline in new[] { new MarkdownPipelineBuilder().Build(), Annex })
        {
            var document = Markdown.Parse(escaped, pipeline);
            Assert.IsType<ParagraphBlock>(Assert.Single(document));
            Assert.Equal(text, Markdown.ToPlainText(escaped, pipeline).TrimEnd('\n'));
        }

        Assert.DoesNotMatch(@"\{\{", escaped);
    }

    [Fact]
    public void Readable_text_is_left_alone()
    {
        const string text = "L’établissement (ci-après « l’ETABLISSEMENT ») exige un score CVSS > 8.9 sous 1 mois [Réf. n°9].";

        Assert.Equal(text, MarkdownEscaper.EscapeBlock(text));
    }

    [Fact]
    public void Table_cells_escape_pipes()
    {
        var cell = MarkdownEscaper.EscapeTableCell("a | b\nc");

        Assert.Equal("a \\| b c", cell);
    }
}
