using Clausier.Core.Forms;
using Clausier.Core.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>Form fields become the content controls docs/form-contract.md describes.</summary>
public class FormFieldTests
{
    private static SdtRun Control(Body body, string tag) =>
        body.Descendants<SdtRun>().Single(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value == tag);

    private static Body FieldTable(string field, Clausier.Core.Annex.AnnexManifest? manifest = null) =>
        Annexes.Body($"| O-7.2 | Titre |\n|---|---|\n| Champ | {field} |\n", manifest);

    [Fact]
    public void Status_is_a_locked_dropdown_with_the_items_written_after_the_name()
    {
        var control = Control(FieldTable("[[O-7.2:status Oui|Non|Non concerné]]"), "clausier:O-7.2:status");
        var properties = control.SdtProperties!;

        Assert.Equal("Réponse O-7.2", properties.GetFirstChild<SdtAlias>()!.Val!.Value);
        Assert.Equal(LockingValues.SdtLocked, properties.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()!.Val!.Value);
        Assert.Equal(["Oui", "Non", "Non concerné"], properties.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Select(i => i.DisplayText!.Value));
    }

    [Fact]
    public void Status_without_items_offers_the_statuses_the_contract_allows_for_the_point()
    {
        var manifest = Annexes.Manifest(allowPartial: true, ("O-7.2", AnswerType.YesNoNotApplicable));
        var control = Control(FieldTable("[[O-7.2:status]]", manifest), "clausier:O-7.2:status");

        var items = control.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Select(i => i.Value!.Value);
        Assert.Equal(["Oui", "Non", "Partiel", "Non concerné"], items);
    }

    [Theory]
    [InlineData("answer", "Description / justification O-7.2", null)]
    [InlineData("evidence", "Justificatifs joints O-7.2", typeof(SdtContentText))]
    [InlineData("date", "Date de mise en conformité O-7.2", typeof(SdtContentDate))]
    public void Each_field_gets_the_control_type_alias_and_placeholder_of_the_contract(string field, string alias, Type? type)
    {
        var control = Control(FieldTable($"[[O-7.2:{field}]]"), $"clausier:O-7.2:{field}");
        var properties = control.SdtProperties!;

        Assert.Equal(alias, properties.GetFirstChild<SdtAlias>()!.Val!.Value);
        Assert.Equal(type, properties.ChildElements.Select(e => e.GetType()).SingleOrDefault(t => t == typeof(SdtContentText) || t == typeof(SdtContentDate) || t == typeof(SdtContentDropDownList)));
        var placeholder = FormContract.Placeholder(Enum.Parse<FormField>(field, ignoreCase: true));
        Assert.Equal(placeholder, control.SdtContentRun!.InnerText);
    }

    [Fact]
    public void Date_picker_uses_the_french_day_month_year_format()
    {
        var date = Control(FieldTable("[[O-7.2:date]]"), "clausier:O-7.2:date").SdtProperties!.GetFirstChild<SdtContentDate>()!;

        Assert.Equal("dd/MM/yyyy", date.DateFormat!.Val!.Value);
        Assert.Equal("fr-FR", date.LanguageId!.Val!.Value);
        Assert.Null(date.FullDate);
    }

    [Fact]
    public void Candidate_fields_have_the_contract_tags_labels_and_controls()
    {
        var markdown = "| Candidat | |\n|---|---|\n" + string.Concat(FormContract.CandidateFields.Select(f => $"| {f.Label} | [[candidate:{f.Name}]] |\n"));
        var body = Annexes.Body(markdown);

        foreach (var field in FormContract.CandidateFields)
        {
            var properties = Control(body, FormContract.CandidateTag(field.Name)).SdtProperties!;
            Assert.Equal(field.Label, properties.GetFirstChild<SdtAlias>()!.Val!.Value);
            Assert.Equal(field.IsDate, properties.GetFirstChild<SdtContentDate>() is not null);
            Assert.Equal(!field.IsDate, properties.GetFirstChild<SdtContentText>() is not null);
        }
    }

    [Fact]
    public void Empty_controls_show_a_placeholder_defined_in_the_glossary()
    {
        var result = Annexes.Write("| O-7.2 | Titre |\n|---|---|\n| Réponse | [[O-7.2:status]] |\n| Description | [[O-7.2:answer]] |\n");
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var glossary = package.MainDocumentPart!.GlossaryDocumentPart!.GlossaryDocument!;

        foreach (var control in package.MainDocumentPart.Document!.Body!.Descendants<SdtRun>())
        {
            var properties = control.SdtProperties!;
            Assert.NotNull(properties.GetFirstChild<ShowingPlaceholder>());
            var name = properties.GetFirstChild<SdtPlaceholder>()!.DocPartReference!.Val!.Value;
            var docPart = glossary.Descendants<DocPart>().Single(d => d.DocPartProperties!.DocPartName!.Val!.Value == name);
            Assert.Equal(control.SdtContentRun!.InnerText, docPart.DocPartBody!.InnerText);
            Assert.Equal("PlaceholderText", control.SdtContentRun.Descendants<RunStyle>().Single().Val!.Value);
            Assert.Equal(DocPartGalleryValues.Placeholder, docPart.Descendants<Gallery>().Single().Val!.Value);
        }
    }

    [Fact]
    public void Every_content_control_has_a_unique_id()
    {
        var body = Annexes.Body(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest());

        var ids = body.Descendants<SdtId>().Select(i => i.Val!.Value).ToList();
        Assert.Equal(6 + 6 * 3 + 1 + 5, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Clause_container_is_a_block_control_locked_against_editing_and_deletion()
    {
        var body = Annexes.Body("::: clause O-7.2\nLe titulaire corrige.\n\nSous un mois.\n:::\n");

        var clause = body.Elements<SdtBlock>().Single();
        var properties = clause.SdtProperties!;
        Assert.Equal("clausier:O-7.2:clause", properties.GetFirstChild<Tag>()!.Val!.Value);
        Assert.Equal("Clause O-7.2", properties.GetFirstChild<SdtAlias>()!.Val!.Value);
        Assert.Equal(LockingValues.SdtContentLocked, properties.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()!.Val!.Value);
        Assert.Equal(["Le titulaire corrige.", "Sous un mois."], clause.SdtContentBlock!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Pipes_between_dropdown_items_do_not_split_the_table_cell()
    {
        var table = FieldTable("[[O-7.2:status Oui|Non|Partiel]]").Elements<Table>().Single();

        Assert.All(table.Elements<TableRow>(), r => Assert.Equal(2, r.Elements<TableCell>().Count()));
    }
}
