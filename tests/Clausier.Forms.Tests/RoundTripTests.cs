using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms.Tests.Fixtures;
using Clausier.Testing;

namespace Clausier.Forms.Tests;

public class RoundTripTests
{
    [Fact]
    public void Fixture_annexes_are_valid_before_and_after_filling()
    {
        DocxAssert.Valid(AnnexBuilder.Build());
        DocxAssert.Valid(Filling.FilledAnnex().Save());
        DocxAssert.Valid(WrittenAnnex.Filled().Save());
    }

    [Fact]
    public void Reads_every_answer_type_and_field_as_Word_filled_them()
    {
        var parsed = Parse.Package(Filling.FilledAnnex());

        Parse.AnswersEqual(Filling.Complete, parsed);
        Parse.CandidateEqual(CandidateFill.Sample, parsed.Candidate);
        Assert.Empty(parsed.Problems);
        Assert.Equal(ParseExitCode.Ok, parsed.ExitCode);
        Assert.All(parsed.Answers, a => Assert.Equal(AnswerSource.Tag, a.Source));
    }

    [Fact]
    public void Reads_identity_from_the_manifest()
    {
        var parsed = Parse.Package(Filling.FilledAnnex());

        Assert.NotNull(parsed.Manifest);
        Assert.Equal(ManifestSource.CustomXmlPart, parsed.Document!.Source);
        Assert.Equal(AnnexBuilder.Tender, parsed.Document.TenderReference);
        Assert.Equal(AnnexBuilder.Lot, parsed.Document.Lot);
        Assert.Equal("2024.1", parsed.Document.CatalogueVersion);
        Assert.Equal([.. SamplePoint.EveryType.Select(p => p.Id)], parsed.Answers.Select(a => a.PointId));
        Assert.Equal("Correctifs de sécurité selon la gravité", parsed.Find("O-7.2")!.Title);
    }

    [Fact]
    public void Unanswered_annex_reports_every_required_answer()
    {
        var parsed = Parse.Bytes(AnnexBuilder.Build());

        Assert.All(parsed.Answers, a => Assert.Null(a.Status));
        Assert.All(parsed.Answers, a => Assert.Null(a.Answer));
        Assert.Contains(ProblemCodes.StatusMissing, Parse.Codes(parsed, "O-1.1"));
        Assert.Contains(ProblemCodes.StatusMissing, Parse.Codes(parsed, "O-2.1"));
        Assert.Contains(ProblemCodes.DescriptionMissing, Parse.Codes(parsed, "O-3.1"));
        Assert.Contains(ProblemCodes.DescriptionMissing, Parse.Codes(parsed, "O-3.2"));
        Assert.Empty(Parse.Codes(parsed, "O-12.2.1.1"));
        Assert.Equal(ProblemCodes.CandidateFieldMissing, Assert.Single(parsed.Problems, p => p.IsError && p.PointId is null).Code);
        Assert.Equal(ParseExitCode.Problems, parsed.ExitCode);
    }

    [Fact]
    public void Placeholder_sentence_without_flag_counts_as_empty_whatever_the_run_style()
    {
        var package = DocxPackage.Load(AnnexBuilder.Build());
        Mangle.LosePlaceholderFlags(package.Document);

        var parsed = Parse.Package(package);

        Assert.All(parsed.Answers, a => Assert.Null(a.Answer));
        Assert.All(parsed.Answers, a => Assert.Null(a.Evidence));
        Assert.All(parsed.Answers, a => Assert.Null(a.Status));
        Assert.DoesNotContain(ProblemCodes.StatusInvalid, Parse.Codes(parsed));
        Assert.DoesNotContain(ProblemCodes.DateInvalid, Parse.Codes(parsed));
    }

    [Fact]
    public void Answer_kept_in_grey_placeholder_style_is_still_an_answer()
    {
        var package = Filling.FilledAnnex();
        var control = W.Control(package.Document, Parse.Tag("O-1.1", FormField.Answer));
        foreach (var run in control.Descendants(W.N("r")))
        {
            run.AddFirst(new System.Xml.Linq.XElement(W.N("rPr"), new System.Xml.Linq.XElement(W.N("rStyle"), new System.Xml.Linq.XAttribute(W.N("val"), "PlaceholderText"))));
        }

        Assert.Equal(Filling.Complete["O-1.1"].Answer, Parse.Package(package).Find("O-1.1")!.Answer);
    }

    [Theory]
    [InlineData("oui", AnswerStatus.Oui)]
    [InlineData(" OUI ", AnswerStatus.Oui)]
    [InlineData("Non concerné", AnswerStatus.NonConcerne)]
    [InlineData("NC", AnswerStatus.NonConcerne)]
    public void Status_typed_as_text_is_accepted_with_a_warning(string typed, AnswerStatus expected)
    {
        var package = Filling.FilledAnnex();
        var control = W.Control(package.Document, Parse.Tag("O-2.1", FormField.Status));
        control.Element(W.N("sdtPr"))!.Element(W.N("dropDownList"))!.Remove();
        control.Element(W.N("sdtContent"))!.ReplaceNodes(W.Run(typed));

        var parsed = Parse.Package(package);

        Assert.Equal(expected, parsed.Find("O-2.1")!.Status);
        var problem = Parse.Single(parsed, ProblemCodes.StatusTyped);
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal("O-2.1", problem.PointId);
    }

    [Theory]
    [InlineData("Peut-être")]
    [InlineData("Oui et non")]
    public void Status_that_is_not_a_status_is_an_error(string typed)
    {
        var package = Filling.FilledAnnex();
        W.Control(package.Document, Parse.Tag("O-1.1", FormField.Status)).Element(W.N("sdtContent"))!.ReplaceNodes(W.Run(typed));

        var parsed = Parse.Package(package);

        Assert.Null(parsed.Find("O-1.1")!.Status);
        var problem = Parse.Single(parsed, ProblemCodes.StatusInvalid);
        Assert.Contains(typed, problem.Message, StringComparison.Ordinal);
        Assert.Contains("/w:document[1]/w:body[1]/w:tbl[", ((PackageLocation)problem.Location!).XPath, StringComparison.Ordinal);
        Assert.DoesNotContain(ProblemCodes.StatusMissing, Parse.Codes(parsed, "O-1.1"));
    }

    [Fact]
    public void Status_not_offered_for_the_point_is_an_error()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete) { ["O-1.1"] = new(AnswerStatus.NonConcerne, "Sans objet.") };
        var package = DocxPackage.Load(AnnexBuilder.Build());
        answers.Remove("O-1.1");
        Filling.Apply(package.Document, answers);
        W.Control(package.Document, Parse.Tag("O-1.1", FormField.Status)).Element(W.N("sdtContent"))!.ReplaceNodes(W.Run("Non concerné"));
        W.Control(package.Document, Parse.Tag("O-1.1", FormField.Status)).Element(W.N("sdtPr"))!.Element(W.N("showingPlcHdr"))!.Remove();

        var parsed = Parse.Package(package);

        Assert.Equal(AnswerStatus.NonConcerne, parsed.Find("O-1.1")!.Status);
        Assert.Contains(ProblemCodes.StatusNotOffered, Parse.Codes(parsed, "O-1.1"));
    }

    [Theory]
    [InlineData(AnswerStatus.Non)]
    [InlineData(AnswerStatus.Partiel)]
    [InlineData(AnswerStatus.NonConcerne)]
    public void Status_needing_an_explanation_without_one_is_an_error(AnswerStatus status)
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete) { ["O-2.1"] = new(status, Date: status == AnswerStatus.Partiel ? new DateOnly(2026, 9, 1) : null) };

        var parsed = Parse.Package(Filling.FilledAnnex(answers));

        Assert.Equal([ProblemCodes.ExplanationMissing], Parse.Codes(parsed, "O-2.1").Where(c => c.StartsWith("CLZ43", StringComparison.Ordinal)));
    }

    [Fact]
    public void Partiel_without_a_date_is_a_warning_and_a_date_without_Partiel_too()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete)
        {
            ["O-3.2"] = Filling.Complete["O-3.2"] with { Date = null },
            ["O-1.1"] = Filling.Complete["O-1.1"] with { Date = new DateOnly(2026, 1, 1) },
        };

        var parsed = Parse.Package(Filling.FilledAnnex(answers));

        Assert.Equal(ProblemCodes.DateMissing, Assert.Single(parsed.Problems, p => p.PointId == "O-3.2").Code);
        Assert.Equal(ProblemCodes.DateUnexpected, Assert.Single(parsed.Problems, p => p.PointId == "O-1.1").Code);
        Assert.Equal(ParseExitCode.Ok, parsed.ExitCode);
    }

    [Fact]
    public void Date_typed_in_words_is_read_and_nonsense_is_an_error()
    {
        var package = Filling.FilledAnnex();
        W.Control(package.Document, FormContract.CandidateTag("date")).Element(W.N("sdtContent"))!.ReplaceNodes(W.Run("2 mars 2026"));
        var dateControl = W.Control(package.Document, Parse.Tag("O-3.2", FormField.Date));
        dateControl.Element(W.N("sdtPr"))!.Element(W.N("date"))!.Attribute(W.N("fullDate"))!.Remove();
        dateControl.Element(W.N("sdtContent"))!.ReplaceNodes(W.Run("bientôt"));

        var parsed = Parse.Package(package);

        Assert.Equal(new DateOnly(2026, 3, 2), parsed.Candidate.Date);
        Assert.Null(parsed.Find("O-3.2")!.Date);
        Assert.Contains(ProblemCodes.DateInvalid, Parse.Codes(parsed, "O-3.2"));
    }

    [Fact]
    public void Invalid_siret_is_a_warning()
    {
        var package = DocxPackage.Load(AnnexBuilder.Build());
        Filling.Apply(package.Document, Filling.Complete, CandidateFill.Sample with { Siret = "732 829 320 00075" });

        var parsed = Parse.Package(package);

        Assert.Equal("732 829 320 00075", parsed.Candidate.Siret);
        Assert.Equal(DiagnosticSeverity.Warning, Parse.Single(parsed, ProblemCodes.SiretInvalid).Severity);
    }

    [Fact]
    public void Smart_quotes_nbsp_and_run_splitting_do_not_change_the_text()
    {
        var package = DocxPackage.Load(AnnexBuilder.Build());
        var typed = new Dictionary<string, PointFill>(Filling.Complete)
        {
            ["O-7.2"] = Filling.Complete["O-7.2"] with { Answer = "Délai de 3\u00A0mois pour les CVSS >\u00A08,9\u202F: contrainte de l\u2019éditeur \u201Camont\u201D." },
            ["O-3.2"] = Filling.Complete["O-3.2"] with { Evidence = "Attestation de l\u2019organisme certificateur" },
        };
        Filling.Apply(package.Document, typed);
        Mangle.SplitRuns(package.Document.Root!);

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Reads_a_Strict_Open_XML_document()
    {
        var package = DocxPackage.Load(Filling.FilledAnnex().Save());
        var xml = System.Text.Encoding.UTF8.GetString(HostileFiles.ReadEntry(package.Save(), DocxPackage.DocumentPart))
            .Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal);
        package.Set(DocxPackage.DocumentPart, System.Text.Encoding.UTF8.GetBytes(xml));

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Reads_an_annex_without_Partiel_nor_date_rows()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete) { ["O-3.2"] = new(AnswerStatus.Non, "Pas d'hébergement HDS.", "Néant") };
        var package = DocxPackage.Load(AnnexBuilder.Build(allowPartial: false));
        Filling.Apply(package.Document, answers);

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(answers, parsed);
        Assert.Empty(parsed.Problems);
        Assert.All(parsed.Answers, a => Assert.False(a.FieldSources.ContainsKey(FormField.Date)));
    }
}
