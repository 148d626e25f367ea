using Clausier.Word.Markdown;
using Clausier.Word.Markdown.FormFields;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Tests;

/// <summary>The <c>[[scope:field items]]</c> inline extension, at the Markdig AST level.</summary>
public class FormFieldInlineParserTests
{
    [Fact]
    public void Parses_scope_name_and_items_with_the_field_position()
    {
        var field = AnnexMarkdown.Parse("Texte [[O-7.2:status Oui | Non|Non concerné]] fin").Descendants<FormFieldInline>().Single();

        Assert.Equal(("O-7.2", "status"), (field.Scope, field.Name));
        Assert.Equal(["Oui", "Non", "Non concerné"], field.Items);
        Assert.Equal((0, 6), (field.Line, field.Column));
    }

    [Fact]
    public void Field_with_items_stays_in_one_table_cell()
    {
        var table = AnnexMarkdown.Parse("| a | b |\n|---|---|\n| Réponse | [[O-1.1:status Oui|Non]] |\n").Descendants<Table>().Single();

        var cells = table.OfType<TableRow>().Last().OfType<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Single(cells[1].Descendants<FormFieldInline>());
    }

    [Theory]
    [InlineData("[[pas un champ]]")]
    [InlineData("[[O-1.1]]")]
    [InlineData("[[O-1.1:status")]
    [InlineData("[lien](https://example.org)")]
    public void Text_that_is_not_a_field_is_left_to_other_parsers(string markdown)
    {
        Assert.Empty(AnnexMarkdown.Parse(markdown).Descendants<FormFieldInline>());
    }

    [Fact]
    public void Candidate_field_has_no_items()
    {
        var field = AnnexMarkdown.Parse("[[candidate:siret]]").Descendants<FormFieldInline>().Single();

        Assert.Equal(("candidate", "siret"), (field.Scope, field.Name));
        Assert.Empty(field.Items);
        Assert.IsAssignableFrom<LeafInline>(field);
    }
}
