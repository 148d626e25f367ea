using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

public class IntegrityTests
{
    [Fact]
    public void Reports_an_altered_clause_with_its_current_text()
    {
        var package = Filling.FilledAnnex();
        var clause = W.Control(package.Document, FormContract.ClauseTag("O-7.2"));
        clause.Descendants(W.N("t")).First().Value = "Le titulaire applique les correctifs de score CVSS supérieur à 8,9 sous six mois.";

        var parsed = Parse.Package(package);

        var problem = Parse.Single(parsed, ProblemCodes.ClauseAltered);
        Assert.Equal("O-7.2", problem.PointId);
        Assert.Contains("sous six mois", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ParseExitCode.Problems, parsed.ExitCode);
    }

    [Fact]
    public void A_reader_that_read_the_clause_intact_still_reports_it_altered_in_the_next_file()
    {
        // The reader keeps clause hashes by clause text between files: an altered text is another key.
        var intact = Filling.FilledAnnex().Save();
        var package = Filling.FilledAnnex();
        W.Control(package.Document, FormContract.ClauseTag("O-7.2")).Descendants(W.N("t")).First().Value =
            "Le titulaire applique les correctifs de score CVSS supérieur à 8,9 sous six mois.";
        var altered = package.Save();
        var reader = new AnnexReader();

        var codes = new[] { intact, altered, intact, altered }
            .Select(docx => reader.Read(new MemoryStream(docx, writable: false), "annexe.docx"))
            .Select(parsed => parsed.Problems.Count(p => p.Code == ProblemCodes.ClauseAltered))
            .ToList();

        Assert.Equal([0, 1, 0, 1], codes);
    }

    [Fact]
    public void Reports_before_and_after_when_the_original_clauses_are_given()
    {
        var original = AnnexBuilder.Build();
        var package = Filling.FilledAnnex();
        W.Control(package.Document, FormContract.ClauseTag("O-7.2")).Descendants(W.N("t")).First().Value =
            "Le titulaire applique les correctifs de score CVSS supérieur à 8,9 sous six mois.";
        using var temp = new TempFolder();
        var reader = new AnnexReader();
        var clauses = reader.ReadClauseTexts(temp.Write("original.docx", original));

        var parsed = Parse.Package(package, ReaderOptions.Default with { ReferenceClauses = clauses });

        var message = Parse.Single(parsed, ProblemCodes.ClauseAltered).Message;
        Assert.Contains("sous un mois", message, StringComparison.Ordinal);
        Assert.Contains("sous six mois", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clause_checked_by_position_when_its_control_lost_the_tag()
    {
        var package = Filling.FilledAnnex();
        Mangle.StripTagsAliasesIds(package.Document);
        Assert.DoesNotContain(ProblemCodes.ClauseAltered, Parse.Codes(Parse.Package(package)));

        foreach (var t in package.Document.Descendants(W.N("t")).Where(t => t.Value.StartsWith("Les correctifs de score 7,0", StringComparison.Ordinal)))
        {
            t.Value = "Les correctifs de score 7,0 à 8,9 sont appliqués quand le titulaire le juge utile.";
        }

        Assert.Equal("O-7.2", Parse.Single(Parse.Package(package), ProblemCodes.ClauseAltered).PointId);
    }

    [Fact]
    public void Smart_quotes_and_run_splits_in_a_clause_are_not_an_alteration()
    {
        var package = Filling.FilledAnnex();
        var clause = W.Control(package.Document, FormContract.ClauseTag("O-2.1"));
        foreach (var t in clause.Descendants(W.N("t")))
        {
            t.Value = t.Value.Replace('\'', '\u2019').Replace("21 jours", "21\u00A0jours", StringComparison.Ordinal);
        }

        Mangle.SplitRuns(clause);

        Assert.Empty(Parse.Package(package).Problems);
    }

    [Fact]
    public void Uses_the_document_properties_when_the_custom_XML_part_was_lost()
    {
        var package = Filling.FilledAnnex();
        Mangle.RemoveCustomXml(package);

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Assert.Null(parsed.Manifest);
        Assert.Equal(ManifestSource.DocumentProperties, parsed.Document!.Source);
        Assert.Equal(AnnexBuilder.Tender, parsed.Document.TenderReference);
        Assert.Contains(ProblemCodes.ManifestFromProperties, Parse.Codes(parsed));
        Assert.Contains(ProblemCodes.AnswerTypesUnknown, Parse.Codes(parsed));
        Assert.Equal(ParseExitCode.Ok, parsed.ExitCode);
        Assert.Equal("Correctifs de sécurité selon la gravité", parsed.Find("O-7.2")!.Title);
    }

    [Fact]
    public void Clause_hashes_from_the_document_properties_still_detect_an_alteration()
    {
        var package = Filling.FilledAnnex();
        Mangle.RemoveCustomXml(package);
        W.Control(package.Document, FormContract.ClauseTag("O-1.1")).Descendants(W.N("t")).First().Value = "Texte remplacé.";

        Assert.Equal("O-1.1", Parse.Single(Parse.Package(package), ProblemCodes.ClauseAltered).PointId);
    }

    [Fact]
    public void Reads_by_position_and_says_so_when_there_is_no_manifest_at_all()
    {
        var package = Filling.FilledAnnex();
        Mangle.RemoveCustomXml(package);
        Mangle.RemoveCustomProperties(package);
        Mangle.StripTagsAliasesIds(package.Document);

        var parsed = Parse.Package(package);

        Parse.AnswersEqual(Filling.Complete, parsed);
        Assert.Null(parsed.Document);
        Assert.Equal(DiagnosticSeverity.Error, Parse.Single(parsed, ProblemCodes.NoManifest).Severity);
        Assert.Equal([.. SamplePoint.EveryType.Select(p => p.Id)], parsed.Answers.Select(a => a.PointId));
    }

    [Fact]
    public void Reports_an_annex_from_another_tender_or_lot()
    {
        var parsed = Parse.Package(Filling.FilledAnnex(),
            ReaderOptions.Default with { ExpectTenderReference = "INFO 26-099", ExpectLot = "3" });

        Assert.Contains("INFO 26-014", Parse.Single(parsed, ProblemCodes.OtherTender).Message, StringComparison.Ordinal);
        Assert.Single(parsed.Problems, p => p.Code == ProblemCodes.OtherLot);
        Assert.Empty(Parse.Package(Filling.FilledAnnex(),
            ReaderOptions.Default with { ExpectTenderReference = " info 26-014 ", ExpectLot = "2" }).Problems);
    }

    [Fact]
    public void Reports_manifest_and_properties_that_disagree()
    {
        var package = Filling.FilledAnnex();
        var custom = package.Xml("docProps/custom.xml");
        custom.Descendants().Single(e => (string?)e.Attribute("name") == "ClausierTenderReference").Elements().Single().Value = "AUTRE-01";
        package.SetXml("docProps/custom.xml", custom);

        Assert.Contains("AUTRE-01", Parse.Single(Parse.Package(package), ProblemCodes.ManifestConflict).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_point_that_is_not_in_the_manifest()
    {
        var package = Filling.FilledAnnex();
        var table = W.Control(package.Document, Parse.Tag("O-1.1", FormField.Status)).Ancestors(W.N("tbl")).First();
        var copy = new System.Xml.Linq.XElement(table);
        copy.Descendants(W.N("t")).First(t => t.Value == "O-1.1").Value = "O-99.1";
        foreach (var tag in copy.Descendants(W.N("tag")))
        {
            tag.SetAttributeValue(W.N("val"), ((string)tag.Attribute(W.N("val"))!).Replace("O-1.1", "O-99.1", StringComparison.Ordinal));
        }

        table.AddAfterSelf(copy);

        var parsed = Parse.Package(package);

        Assert.Equal("O-99.1", Parse.Single(parsed, ProblemCodes.PointNotInManifest).PointId);
        Assert.Equal(AnswerStatus.Oui, parsed.Find("O-99.1")!.Status);
    }
}
