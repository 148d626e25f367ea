using System.Xml.Linq;
using Clausier.Core.Forms;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

public class PositionFallbackTests
{
    [Fact]
    public void Parses_every_answer_when_tags_aliases_and_ids_were_stripped_as_LibreOffice_74_does()
    {
        var package = Filling.FilledAnnex();
        Mangle.StripTagsAliasesIds(package.Document);

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Parse.CandidateEqual(CandidateFill.Sample, parsed.Candidate);
        Assert.All(parsed.Answers, a => Assert.Equal(AnswerSource.Position, a.Source));
        Assert.Equal(ProblemCodes.FoundByPosition, Assert.Single(parsed.Problems).Code);
        Assert.Equal(ParseExitCode.Ok, parsed.ExitCode);
    }

    [Fact]
    public void Reads_a_control_turned_into_plain_text()
    {
        var package = Filling.FilledAnnex();
        Mangle.Unwrap(package.Document, Parse.Tag("O-1.1", FormField.Status));
        Mangle.Unwrap(package.Document, Parse.Tag("O-7.2", FormField.Answer));

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        var o11 = parsed.Find("O-1.1")!;
        Assert.Equal(AnswerSource.Text, o11.FieldSources[FormField.Status]);
        Assert.Equal(AnswerSource.Text, o11.Source);
        Assert.Equal(AnswerSource.Text, parsed.Find("O-7.2")!.FieldSources[FormField.Answer]);
        Assert.DoesNotContain(ProblemCodes.StatusTyped, Parse.Codes(parsed));
    }

    [Fact]
    public void Reads_a_control_turned_into_a_FILLIN_field()
    {
        var package = Filling.FilledAnnex();
        Mangle.ToFillIn(package.Document, Parse.Tag("O-1.1", FormField.Evidence));
        Mangle.ToFillIn(package.Document, Parse.Tag("O-2.1", FormField.Answer));

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Assert.Equal(AnswerSource.FillIn, parsed.Find("O-1.1")!.FieldSources[FormField.Evidence]);
        Assert.Equal(AnswerSource.FillIn, parsed.Find("O-2.1")!.FieldSources[FormField.Answer]);
        Assert.Contains(parsed.Problems, p => p.Code == ProblemCodes.FoundAsFieldOrText && p.PointId == "O-1.1");
    }

    [Fact]
    public void Reads_paragraphs_LibreOffice_left_outside_a_multi_paragraph_control()
    {
        var package = Filling.FilledAnnex();
        Mangle.SplitParagraphsOutOfControl(package.Document, Parse.Tag("O-3.1", FormField.Answer));
        Mangle.StripTagsAliasesIds(package.Document);

        var parsed = Parse.Package(package);

        Assert.Equal(Filling.Complete["O-3.1"].Answer, parsed.Find("O-3.1")!.Answer);
    }

    [Fact]
    public void Tolerates_an_extra_wrapper_control_around_a_field()
    {
        var package = Filling.FilledAnnex();
        var control = W.Control(package.Document, Parse.Tag("O-7.2", FormField.Status));
        var paragraph = control.Parent!;
        paragraph.ReplaceWith(new XElement(W.N("sdt"),
            new XElement(W.N("sdtPr"), new XElement(W.N("alias"), new XAttribute(W.N("val"), "Réponse O-7.2"))),
            new XElement(W.N("sdtContent"), new XElement(paragraph))));
        Mangle.StripTagsAliasesIds(package.Document);

        var parsed = Parse.Package(package);

        Assert.Equal(AnswerStatus.Non, parsed.Find("O-7.2")!.Status);
        Assert.DoesNotContain(ProblemCodes.StatusTyped, Parse.Codes(parsed));
    }

    [Fact]
    public void Ignores_lastValue_and_ids_that_contradict_the_text()
    {
        var package = Filling.FilledAnnex();
        var status = W.Control(package.Document, Parse.Tag("O-1.1", FormField.Status));
        status.Element(W.N("sdtPr"))!.Element(W.N("dropDownList"))!.SetAttributeValue(W.N("lastValue"), "Non");
        foreach (var id in package.Document.Descendants(W.N("sdtPr")).Elements(W.N("id")))
        {
            id.SetAttributeValue(W.N("val"), "1");
        }

        var parsed = Parse.Package(package);

        Assert.Equal(AnswerStatus.Oui, parsed.Find("O-1.1")!.Status);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Reports_a_field_found_neither_by_tag_nor_by_position()
    {
        var package = Filling.FilledAnnex();
        var row = W.Control(package.Document, Parse.Tag("O-1.1", FormField.Evidence)).Ancestors(W.N("tr")).First();
        row.Remove();

        var parsed = Parse.Package(package);

        var problem = Parse.Single(parsed, ProblemCodes.FieldMissing);
        Assert.Equal("O-1.1", problem.PointId);
        Assert.Contains("Justificatifs joints", problem.Message, StringComparison.Ordinal);
        Assert.False(parsed.Find("O-1.1")!.FieldSources.ContainsKey(FormField.Evidence));
    }

    [Fact]
    public void Reports_a_duplicated_field_and_reads_the_one_in_the_answer_table()
    {
        var package = Filling.FilledAnnex();
        var control = W.Control(package.Document, Parse.Tag("O-1.1", FormField.Answer));
        var copy = new XElement(control);
        copy.Element(W.N("sdtContent"))!.ReplaceNodes(W.Run("Copie égarée"));
        package.Document.Descendants(W.N("body")).Single().AddFirst(W.Paragraph(copy));

        var parsed = Parse.Package(package);

        Assert.Equal(Filling.Complete["O-1.1"].Answer, parsed.Find("O-1.1")!.Answer);
        Assert.Equal("O-1.1", Parse.Single(parsed, ProblemCodes.FieldDuplicated).PointId);
        Assert.Equal(ParseExitCode.Problems, parsed.ExitCode);
    }

    [Fact]
    public void Reports_a_point_whose_table_and_controls_are_gone()
    {
        var package = Filling.FilledAnnex();
        W.Control(package.Document, Parse.Tag("O-7.2", FormField.Status)).Ancestors(W.N("tbl")).First().Remove();

        var parsed = Parse.Package(package);

        Assert.Equal(AnswerSource.Missing, parsed.Find("O-7.2")!.Source);
        Assert.Contains("O-7.2", Parse.Single(parsed, ProblemCodes.PointMissing).Message, StringComparison.Ordinal);
    }
}
