using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>Bullet and numbered lists become Word numbering: one definition per kind, one instance per list.</summary>
public class ListTests
{
    [Fact]
    public void Bullet_list_items_are_numbered_paragraphs_of_a_bullet_definition()
    {
        var result = Annexes.Write("- un\n- deux\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var items = package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, p => Assert.Equal("ListParagraph", MarkdownConstructTests.StyleOf(p)));
        var numId = items.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().Single();
        var numbering = package.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
        var level0 = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().First();
        Assert.Equal(NumberFormatValues.Bullet, level0.NumberingFormat!.Val!.Value);
    }

    [Fact]
    public void Each_numbered_list_restarts_with_its_own_instance_and_nested_lists_go_one_level_down()
    {
        var result = Annexes.Write("1. a\n2. b\n   1. b1\n   2. b2\n\nTexte.\n\n1. c\n2. d\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var numbered = package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Text: p.InnerText, NumId: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, Level: p.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value))
            .ToList();

        Assert.Equal(["a", "b", "b1", "b2", "c", "d"], numbered.Select(n => n.Text));
        Assert.Equal([0, 0, 1, 1, 0, 0], numbered.Select(n => n.Level));
        Assert.Equal(3, numbered.Select(n => n.NumId).Distinct().Count());
        var instances = package.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().ToList();
        Assert.All(instances, n => Assert.Equal(1, n.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value));
        Assert.Equal(1, instances.Single(n => n.NumberID!.Value == numbered[2].NumId).GetFirstChild<LevelOverride>()!.LevelIndex!.Value);
    }

    [Fact]
    public void Numbered_list_starting_at_three_overrides_the_start()
    {
        var result = Annexes.Write("3. trois\n4. quatre\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));

        var instance = package.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single();
        Assert.Equal(3, instance.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value);
    }
}
