using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>One test per construct of docs/annex-markdown.md: the WordprocessingML it becomes.</summary>
public class MarkdownConstructTests
{
    [Fact]
    public void Headings_use_heading_styles_and_levels_one_and_two_are_bookmarked()
    {
        var body = Annexes.Body("# Un\n\n## Deux\n\n### Trois\n\n#### Quatre\n");

        var headings = body.Elements<Paragraph>().ToList();
        Assert.Equal(["Heading1", "Heading2", "Heading3", "Heading4"], headings.Select(StyleOf));
        Assert.Equal(["Un", "Deux", "Trois", "Quatre"], headings.Select(p => p.InnerText));
        Assert.Equal(2, body.Descendants<BookmarkStart>().Count(b => b.Name!.Value!.StartsWith("_Toc", StringComparison.Ordinal)));
    }

    [Fact]
    public void Emphasis_strong_and_code_become_run_formatting()
    {
        var runs = Annexes.Body("Texte *penché*, **gras** et `code`.\n").Descendants<Run>().ToList();

        Assert.NotNull(runs.Single(r => r.InnerText == "penché").RunProperties?.Italic);
        Assert.NotNull(runs.Single(r => r.InnerText == "gras").RunProperties?.Bold);
        Assert.Equal("ClausierCode", runs.Single(r => r.InnerText == "code").RunProperties?.RunStyle?.Val?.Value);
        Assert.Null(runs.First().RunProperties);
    }

    [Fact]
    public void Link_becomes_a_hyperlink_with_an_external_relationship()
    {
        var result = Annexes.Write("Voir [le NIST](https://nvd.nist.gov/vuln).\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var main = package.MainDocumentPart!;

        var hyperlink = main.Document!.Body!.Descendants<Hyperlink>().Single();
        var relationship = main.HyperlinkRelationships.Single(r => r.Id == hyperlink.Id);
        Assert.Equal(new Uri("https://nvd.nist.gov/vuln"), relationship.Uri);
        Assert.True(relationship.IsExternal);
        Assert.Equal("le NIST", hyperlink.InnerText);
        Assert.Equal("Hyperlink", hyperlink.Descendants<RunStyle>().Single().Val?.Value);
    }

    [Fact]
    public void Email_autolink_becomes_a_mailto_hyperlink()
    {
        var result = Annexes.Write("Écrire à <rssi@chu.example>.\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));

        Assert.Equal("mailto:rssi@chu.example", package.MainDocumentPart!.HyperlinkRelationships.Single().Uri.OriginalString);
    }

    [Fact]
    public void Hard_line_break_becomes_a_break_and_soft_line_break_a_space()
    {
        var paragraphs = Annexes.Body("première\\\nseconde\ntroisième\n").Elements<Paragraph>().ToList();

        var paragraph = Assert.Single(paragraphs);
        Assert.Single(paragraph.Descendants<Break>());
        Assert.Equal("premièreseconde troisième", paragraph.InnerText);
    }

    [Fact]
    public void Pipe_table_has_explicit_widths_and_a_repeated_header_row()
    {
        var table = Annexes.Body("| Score | Délai |\n|---|---|\n| 9 | un mois |\n| 7 | trois mois |\n").Elements<Table>().Single();

        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal("ClausierTable", properties.TableStyle!.Val!.Value);
        Assert.Equal(TableWidthUnitValues.Dxa, properties.TableWidth!.Type!.Value);
        Assert.Equal("9638", properties.TableWidth.Width!.Value);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(9638, grid.Sum());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(grid, rows[1].Elements<TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!)));
    }

    [Fact]
    public void Two_column_table_with_an_empty_second_header_cell_is_laid_out_as_label_and_value()
    {
        var table = Annexes.Body("| Consultation | |\n|---|---|\n| Référence | INFO 26-014 |\n").Elements<Table>().Single();

        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal("ClausierAnswerTable", properties.TableStyle!.Val!.Value);
        Assert.True(properties.TableLook!.FirstColumn!.Value);
        Assert.Equal(["2552", "7086"], table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value));
        Assert.Null(table.Descendants<KeepNext>().FirstOrDefault());
    }

    [Fact]
    public void No_table_row_splits_across_pages()
    {
        var table = Annexes.Body("| Exigence | Constat |\n|---|---|\n| O-3.1 | Justificatifs attendus non cités |\n").Elements<Table>().Single();

        Assert.All(table.Elements<TableRow>(), row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<CantSplit>()));
    }

    /// <summary>Word cuts off a row kept whole that is taller than a page: a long quoted answer's row may split.</summary>
    [Fact]
    public void A_row_with_a_page_of_text_may_split_across_pages()
    {
        var answer = string.Join(" ", Enumerable.Repeat("Le titulaire chiffre les sauvegardes et teste leur restauration chaque trimestre.", 40));
        var table = Annexes.Body($"| Exigence | Réponse |\n|---|---|\n| O-3.1 | {answer} |\n| O-3.2 | Oui |\n").Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<CantSplit>());
        Assert.Null(rows[1].TableRowProperties?.GetFirstChild<CantSplit>());
        Assert.NotNull(rows[2].TableRowProperties?.GetFirstChild<CantSplit>());
        Assert.Contains(answer, rows[1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_short_words_next_to_long_text_is_still_wide_enough_for_its_longest_word()
    {
        // Shared in proportion to the longest text alone, the file and value columns would cut « alpha.docx » and « Valeur ».
        var long1 = "Delta Solutions Numériques pour la Santé et le Médico-social SAS";
        var long2 = "Exigence obligatoire à laquelle le candidat répond Non : l’offre ne satisfait pas les documents";
        var table = Annexes.Body($"| Candidat | Fichier | Valeur | Constat | Note sur 20 |\n|---|---|---|---|---|\n| {long1} | alpha.docx | 4 | {long2} | 12,00 |\n")
            .Elements<Table>().Single();

        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(9638, grid.Sum());
        Assert.True(grid[1] >= "alpha.docx".Length * 110 + 260, $"Fichier: {grid[1]} dxa");
        Assert.True(grid[2] >= "Valeur".Length * 110 + 260, $"Valeur: {grid[2]} dxa");
        Assert.True(grid[4] >= "Note sur 20".Length * 110 + 260, $"Note: {grid[4]} dxa");
        Assert.True(grid[0] > grid[1] && grid[3] > grid[1], string.Join(", ", grid));
    }

    [Fact]
    public void Table_column_alignment_becomes_paragraph_justification()
    {
        var table = Annexes.Body("| a | b |\n|:---:|---:|\n| 1 | 2 |\n").Elements<Table>().Single();

        var cells = table.Elements<TableRow>().Last().Elements<TableCell>().ToList();
        Assert.Equal(JustificationValues.Center, cells[0].Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Right, cells[1].Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void Adjacent_tables_are_separated_by_a_paragraph()
    {
        var body = Annexes.Body("| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n");

        Assert.Equal(["Table", "Paragraph", "Table", "Paragraph", "SectionProperties"], body.ChildElements.Select(e => e.GetType().Name));
    }

    [Fact]
    public void Block_quote_paragraphs_use_the_quote_style()
    {
        var paragraphs = Annexes.Body("> cité\n>\n> encore\n").Elements<Paragraph>().ToList();

        Assert.Equal(["Quote", "Quote"], paragraphs.Select(StyleOf));
    }

    [Fact]
    public void Thematic_break_becomes_a_page_break()
    {
        var body = Annexes.Body("avant\n\n---\n\naprès\n");

        var pageBreak = body.Descendants<Break>().Single();
        Assert.Equal(BreakValues.Page, pageBreak.Type!.Value);
        Assert.Equal("", pageBreak.Ancestors<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void Note_container_paragraphs_use_the_note_style()
    {
        var paragraphs = Annexes.Body("::: note\n**Important.** Lire.\n\nSuite.\n:::\n").Elements<Paragraph>().ToList();

        Assert.Equal(["ClausierNote", "ClausierNote"], paragraphs.Select(StyleOf));
    }

    internal static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
