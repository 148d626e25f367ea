using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Output;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Pipeline.Evaluation;
using Clausier.Testing;
using Clausier.Word;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Analysis.Tests;

/// <summary>
/// Three candidates answer a generated annex: one regular, one answering Non to a mandatory point, one
/// with an altered clause and missing evidence. Their regularity, scores, workbook, report and letters.
/// </summary>
public class EvaluationTests
{
    private static readonly Lazy<Tender> TenderWithGrid = new(() => Fixtures.ThreeOffers.Tender);

    public static IReadOnlyList<ParsedAnnex> ThreeOffers() => Fixtures.ThreeOffers.Read();

    public static Evaluation Evaluate(IReadOnlyList<BuyerDecision>? decisions = null)
    {
        var groups = EvaluationRun.Run(ThreeOffers(), RealAnnex.Catalogue, TenderWithGrid.Value, decisions ?? []);
        var group = Assert.Single(groups);
        Assert.False(group.Diagnostics.Any(d => d.IsError), string.Join("\n", group.Diagnostics));
        return group.Evaluation!;
    }

    [Fact]
    public void The_grid_gives_each_point_its_share_of_its_section_weight()
    {
        var grid = Evaluate().Grid;
        Assert.Equal(20, grid.Total);
        Assert.Equal([("3", 12.0), ("5", 8.0)], grid.Sections.Select(s => (s.Key, s.Weight)));
        Assert.Equal(6, grid.Find("O-3.1")!.Value);
        Assert.Equal(3, grid.Find("O-3.7")!.Value);
        Assert.Equal(4, grid.Find("O-5.2")!.Value);
        Assert.Equal(["O-3.1", "O-3.7", "O-3.8"], grid.Eliminatory.Select(p => p.Id));
        Assert.False(grid.Find("O-3.2")!.IsScored);
    }

    [Fact]
    public void Regularity_of_the_three_offers_names_each_point_rule_and_action()
    {
        var evaluation = Evaluate();
        var (alpha, beta, gamma) = (evaluation.Candidates[0], evaluation.Candidates[1], evaluation.Candidates[2]);

        Assert.Equal(Regularity.Regular, alpha.Regularity);
        Assert.Empty(alpha.Findings);

        Assert.Equal(Regularity.Irregular, beta.Regularity);
        var non = Assert.Single(beta.Findings);
        Assert.Equal(("O-3.7", RegularityRule.MandatoryNon, SuggestedAction.Irregular, "Non prévu par l'éditeur."),
            (non.PointId, non.Kind, non.Action, non.Answer));

        Assert.Equal(Regularity.RegularisationNeeded, gamma.Regularity);
        Assert.Equal(
            [("O-3.1", RegularityRule.EvidenceMissing, SuggestedAction.Regularisation), ("O-3.8", RegularityRule.ClauseAltered, SuggestedAction.Regularisation)],
            gamma.Findings.Select(f => (f.PointId, f.Kind, f.Action)).OrderBy(f => f.PointId, StringComparer.Ordinal));
        Assert.Equal(ProblemCodes.ClauseAltered, gamma.Findings.Single(f => f.PointId == "O-3.8").Code);
    }

    [Fact]
    public void Scores_are_the_published_weights_times_the_scale()
    {
        var evaluation = Evaluate();
        var (alpha, beta, gamma) = (evaluation.Candidates[0], evaluation.Candidates[1], evaluation.Candidates[2]);

        // Alpha: every scored point earns its whole value: 6 + 3 + 3 and 4 + 4.
        Assert.Equal([12.0, 8.0], alpha.Sections.Select(s => s.Earned));
        Assert.Equal(20, alpha.Total);
        // Beta: Non to O-3.7 (3) and O-5.2 (4) earn nothing: 20 - 3 - 4.
        Assert.Equal([9.0, 4.0], beta.Sections.Select(s => s.Earned));
        Assert.Equal(13, beta.Total);
        // Gamma: the description of O-3.1 earns its value (evidence is a regularity matter), Non to O-5.2 nothing.
        Assert.Equal([12.0, 4.0], gamma.Sections.Select(s => s.Earned));
        Assert.Equal(16, gamma.Total);

        Assert.Equal((1, false), (alpha.Rank!.Value, alpha.Tied));
        Assert.Null(beta.Rank);
        Assert.Equal(2, gamma.Rank);
        Assert.Equal("Non", gamma.Points.Single(p => p.Point.Id == "O-5.2").Basis);
    }

    [Fact]
    public void Decisions_accept_points_and_adjust_a_score_with_their_reason()
    {
        var yaml = """
            decisions:
              - candidate: Gamma Cloud
                point: O-3.1
                accept: true
                reason: Dossier d'architecture reçu le 20/03 en réponse à la demande de régularisation.
              - candidate: gamma cloud
                point: O-3.8
                accept: true
                reason: Le candidat confirme accepter la clause dans sa rédaction publiée.
              - candidate: Gamma Cloud
                point: O-5.1
                score: 0.5
                reason: La description ne couvre pas les comptes de service.
            """;
        var decisions = DecisionsReader.Read("decisions.yml", new StringReader(yaml));
        Assert.Empty(decisions.Diagnostics);
        var gamma = Evaluate(decisions.Value).Candidates[2];

        Assert.Equal(Regularity.Regular, gamma.Regularity);
        Assert.All(gamma.Findings, f => Assert.False(f.Open));
        Assert.Equal(14, gamma.Total); // 16 - half of O-5.1's 4
        var adjusted = gamma.Points.Single(p => p.Adjustment is not null);
        Assert.Equal(("O-5.1", 1.0, 0.5, 2.0), (adjusted.Point.Id, adjusted.ComputedShare, adjusted.Share, adjusted.Earned));
    }

    [Fact]
    public void A_decision_file_with_a_bad_score_or_an_unknown_point_says_where()
    {
        var bad = DecisionsReader.Read("decisions.yml", new StringReader("decisions:\n  - candidate: Gamma\n    point: O-5.1\n    score: 2\n    reason: trop\n"));
        var error = Assert.Single(bad.Diagnostics);
        Assert.Equal((EvaluationIds.DecisionInvalid, "decisions.yml(4,12)"), (error.Id, error.Location!.ToString()));

        var unknown = DecisionsReader.Read("decisions.yml", new StringReader("decisions:\n  - candidate: Gamma Cloud\n    point: O-3.77\n    accept: true\n    reason: vu\n")).Value!;
        var groups = EvaluationRun.Run(ThreeOffers(), RealAnnex.Catalogue, TenderWithGrid.Value, unknown);
        var warning = Assert.Single(groups[0].Diagnostics, d => d.Id == EvaluationIds.DecisionUnknownPoint);
        Assert.Contains("Did you mean 'O-3.7'?", warning.Message, StringComparison.Ordinal);
        Assert.Equal("decisions.yml(2,5)", warning.Location!.ToString());
    }

    [Fact]
    public void Weights_that_do_not_add_up_and_unknown_ids_are_reported_at_their_line()
    {
        var yaml = Fixtures.ThreeOffers.EvaluationYaml.Replace("total: 20", "total: 25", StringComparison.Ordinal).Replace("O-5.2: scored", "O-5.22: scored", StringComparison.Ordinal);
        var tender = RealAnnex.Tender(extraYaml: yaml);
        var selection = Core.Selection.PointSelector.Select(RealAnnex.Catalogue, tender, tender.Lots[0]).Value!;
        var grid = Core.Evaluation.EvaluationGridBuilder.Build(selection);
        var sum = Assert.Single(grid.Diagnostics, d => d.Id == Core.Evaluation.EvaluationDiagnosticIds.WeightsDoNotAddUp);
        Assert.Equal("tender.yml(8,10)", sum.Location!.ToString());
        Assert.Contains("add up to 20, not the declared total 25", sum.Message, StringComparison.Ordinal);
        var unknown = Assert.Single(grid.Diagnostics, d => d.Id == Core.Evaluation.EvaluationDiagnosticIds.UnknownWeightTarget);
        Assert.Contains("Did you mean 'O-5.2'?", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_report_and_letters_show_the_same_numbers_and_points()
    {
        var evaluation = Evaluate();
        var tender = TenderWithGrid.Value;
        var documents = EvaluationDocuments.Load(Path.Combine(Checkout.Root, "templates", "evaluation"), WordOptions.Default).Value!;
        var files = EvaluationFiles.Produce(evaluation, RealAnnex.Catalogue, tender, tender.Lots[0], documents, Timestamps.Default, "vendredi 20 mars 2026");
        Assert.False(files.HasErrors, string.Join("\n", files.Diagnostics));
        Assert.Equal([EvaluationFiles.WorkbookName, EvaluationFiles.ReportName, "demande-Gamma-Cloud.docx"], files.Value!.Select(f => f.Name));
        Assert.Equal([null, null, "Gamma Cloud"], files.Value!.Select(f => f.Candidate));

        using var xlsx = new Xlsx(files.Value![0].Content);
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal(["Synthèse", "Régularité", "Notation", "Matrice", "Points d’attention"], xlsx.SheetNames);
        var row = ComparisonWorkbook.ScoresHeaderRow;
        Assert.Equal(("Alpha Santé SAS", 20.0, "1"), (xlsx.Text("Notation", $"A{row + 1}"), xlsx.Number("Notation", $"C{row + 1}")!.Value, xlsx.Text("Notation", $"D{row + 1}")));
        Assert.Equal(("Beta Informatique", 13.0, "non classée"), (xlsx.Text("Notation", $"A{row + 2}"), xlsx.Number("Notation", $"C{row + 2}")!.Value, xlsx.Text("Notation", $"D{row + 2}")));
        Assert.Equal((12.0, 4.0), (xlsx.Number("Notation", $"E{row + 3}")!.Value, xlsx.Number("Notation", $"F{row + 3}")!.Value));
        var regularity = xlsx.Rows("Régularité", 1);
        Assert.Contains(regularity, r => r["A"] == "Beta Informatique" && r["C"] == "O-3.7" && r["F"] == "Offre irrégulière" && r["H"] == "Non prévu par l'éditeur.");

        var report = files.Value![1].Content;
        DocxAssert.Valid(report);
        var tables = Tables(report);
        var received = tables.Single(t => t[0][0] == "Candidat" && t[0].Contains("Rang"));
        Assert.Equal(
            [["Alpha Santé SAS", "Régulière", "20,00", "1"], ["Beta Informatique", "Irrégulière", "13,00", "non classée"], ["Gamma Cloud", "À régulariser", "16,00", "2"]],
            received.Skip(1).Select(r => new[] { r[0], r[2], r[3], r[4] }));
        var gammaSections = tables.Where(t => t[0].SequenceEqual(["Section", "Intitulé", "Points obtenus", "Sur"])).ElementAt(2);
        Assert.Equal(["12,00", "4,00", "16,00"], gammaSections.Skip(1).Select(r => r[2].Trim('*')));
        var deciding = tables.Single(t => t[0][0] == "Exigence" && t[0][1] == "Valeur");
        Assert.Equal(["Exigence", "Valeur", "Alpha Santé SAS", "Gamma Cloud"], deciding[0]);
        Assert.StartsWith("O-5.2", deciding[1][0], StringComparison.Ordinal);
        Assert.Equal(["4,00 (Oui)", "0,00 (Non)"], deciding[1][2..]);

        var letter = files.Value![2].Content;
        DocxAssert.Valid(letter);
        var headings = Paragraphs(letter).Where(p => p.Style?.StartsWith("Heading", StringComparison.Ordinal) == true).Select(p => p.Text).ToList();
        Assert.Equal(["O-3.1", "O-3.8"], headings.Select(h => h.Split(' ')[0]));
        var text = string.Join("\n", Paragraphs(letter).Select(p => p.Text));
        Assert.Contains("Architecture décrite dans notre mémoire technique.", text, StringComparison.Ordinal);
        Assert.Contains("Hébergement chez un tiers certifié.", text, StringComparison.Ordinal);
        Assert.Contains("vendredi 20 mars 2026", text, StringComparison.Ordinal);
        Assert.Contains("les 2\u00A0points suivants. Pour chacun, nous rappelons le constat", text, StringComparison.Ordinal);
        Assert.DoesNotContain("O-5.2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_numbers_are_right_aligned_and_a_one_point_letter_does_not_say_for_each()
    {
        var offers = new[] { RealAnnex.Read(RealAnnex.Fill(Fixtures.ThreeOffers.Blank, "Gamma Cloud", Fixtures.ThreeOffers.Regular(), alterClauseOf: "O-3.8"), "gamma.docx") };
        var tender = TenderWithGrid.Value;
        var evaluation = Assert.Single(EvaluationRun.Run(offers, RealAnnex.Catalogue, tender, [])).Evaluation!;
        var documents = EvaluationDocuments.Load(Path.Combine(Checkout.Root, "templates", "evaluation"), WordOptions.Default).Value!;

        var files = EvaluationFiles.Produce(evaluation, RealAnnex.Catalogue, tender, tender.Lots[0], documents, Timestamps.Default, null).Value!;

        using (var report = WordprocessingDocument.Open(new MemoryStream(files[1].Content), false))
        {
            var received = report.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
                .Single(t => t.Elements<W.TableRow>().First().InnerText.StartsWith("Candidat", StringComparison.Ordinal));
            var note = received.Elements<W.TableRow>().Last().Elements<W.TableCell>().ElementAt(3);
            Assert.Matches(@"^\d+,\d\d$", note.InnerText);
            Assert.Equal(W.JustificationValues.Right, note.Descendants<W.Justification>().Single().Val!.Value);
        }

        Assert.Equal("O-3.8", Assert.Single(evaluation.Candidates.Single().Requests).PointId);
        var text = string.Join("\n", Paragraphs(files[^1].Content).Select(p => p.Text));
        Assert.Contains("sur le point suivant. Nous rappelons le constat et citons votre réponse.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pour chacun", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidate_name_holding_quotes_and_backslashes_reaches_its_letter_as_typed()
    {
        const string name = "Gamma \"Cloud\" \\ SAS: {{ x }} # *";
        var gamma = Fixtures.ThreeOffers.Regular();
        gamma["O-5.2"] = new(Core.Forms.AnswerStatus.Non, "Prévu dans la prochaine version.");
        var offers = new[] { RealAnnex.Read(RealAnnex.Fill(Fixtures.ThreeOffers.Blank, name, gamma, alterClauseOf: "O-3.8"), "gamma.docx") };
        var tender = TenderWithGrid.Value;
        var evaluation = Assert.Single(EvaluationRun.Run(offers, RealAnnex.Catalogue, tender, [])).Evaluation!;
        var documents = EvaluationDocuments.Load(Path.Combine(Checkout.Root, "templates", "evaluation"), WordOptions.Default).Value!;

        var files = EvaluationFiles.Produce(evaluation, RealAnnex.Catalogue, tender, tender.Lots[0], documents, Timestamps.Default, "vendredi 20 mars 2026");

        Assert.False(files.HasErrors, string.Join("\n", files.Diagnostics));
        var letter = files.Value![^1].Content;
        DocxAssert.Valid(letter);
        Assert.StartsWith("Demande de ", BuyerValues.Properties(letter).Title, StringComparison.Ordinal);
        Assert.EndsWith($" — {name}", BuyerValues.Properties(letter).Title, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Report_and_letter_open_in_LibreOffice()
    {
        Skip.IfNot(LibreOffice.IsAvailable, "LibreOffice is not installed");
        var evaluation = Evaluate();
        var tender = TenderWithGrid.Value;
        var documents = EvaluationDocuments.Load(Path.Combine(Checkout.Root, "templates", "evaluation"), WordOptions.Default).Value!;
        var files = EvaluationFiles.Produce(evaluation, RealAnnex.Catalogue, tender, tender.Lots[0], documents, Timestamps.Default, null).Value!;
        using var temp = new TempDir();
        foreach (var file in files.Where(f => f.Name.EndsWith(".docx", StringComparison.Ordinal)))
        {
            var pdf = LibreOffice.ConvertToPdf(temp.Write(file.Name, file.Content), temp.Path);
            Assert.True(new FileInfo(pdf).Length > 1000);
        }
    }

    internal static List<List<List<string>>> Tables(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().Select(t =>
            t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList())];
    }

    internal static List<(string? Style, string Text)> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Select(p => ((string?)p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))];
    }
}
