using System.Text;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Web.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Web.Tests;

/// <summary>The analysis page evaluates offers against an uploaded tender, with the numbers of the command line.</summary>
public sealed class EvaluationPageTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private const string TenderYaml = """
        reference: INFO 26-014
        subject: Solution de prise de rendez-vous en ligne
        buyer:
          name: Centre hospitalier universitaire de Montval
        segment: saas

        """ + ThreeOffers.EvaluationYaml;

    [Fact]
    public async Task The_page_the_workbook_and_the_report_give_the_numbers_of_the_command_line()
    {
        using var client = server.Client();
        var files = ThreeOffers.Files().Select(f => ("files", f.Name, f.Docx)).Append(("tender", "consultation.yml", Encoding.UTF8.GetBytes(TenderYaml)));
        var response = await client.PostParts("/Analyse", "Read", files, [("replyBy", "2026-03-20")]);
        var page = await PageClient.Parse(response);

        // What the page shows, row by row: candidate, situation, score, rank.
        var rows = page.QuerySelectorAll("table.evaluation tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent, r.Children[1].TextContent.Trim(), r.Children[2].TextContent, r.Children[3].TextContent)).ToList();
        (string, string, string, string)[] expected =
        [
            ("Alpha Santé SAS", "Régulière", "20,00", "1"),
            ("Beta Informatique", "Irrégulière", "13,00", "non classée"),
            ("Gamma Cloud", "À régulariser", "16,00", "2"),
        ];
        Assert.Equal(expected, rows);

        // The command line prints the same: `clausier evaluate` writes EvaluationLabels' words and numbers for each candidate.
        var cli = Clausier.Analysis.Evaluating.EvaluationRun.Run(ThreeOffers.Read(), RealAnnex.Catalogue, ThreeOffers.Tender, []).Single().Evaluation!;
        Assert.Equal(expected.Select(e => (e.Item1, e.Item3, e.Item4)),
            cli.Candidates.Select(c => (c.Name, Analysis.Output.EvaluationLabels.Score(c.Total), Analysis.Output.EvaluationLabels.Rank(c))));

        // The integrity alert of Gamma comes first among its findings.
        var gamma = page.QuerySelectorAll("table.evaluation tbody tr")[2].QuerySelectorAll("ul.findings li");
        Assert.Contains("O-3.8", gamma[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("CLZ4501", gamma[0].TextContent, StringComparison.Ordinal);

        var workbook = Download(page, "evaluation.xlsx");
        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            var sheet = xlsx.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Notation");
            var part = (WorksheetPart)xlsx.WorkbookPart.GetPartById(sheet.Id!);
            var scores = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Where(c => c.CellReference!.Value is "C6" or "C7" or "C8").Select(c => c.CellValue!.Text).ToList();
            Assert.Equal(["20", "13", "16"], scores);
        }

        using (var report = WordprocessingDocument.Open(new MemoryStream(Download(page, "rapport-analyse.docx")), false))
        {
            var table = report.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
                .First(t => t.Elements<W.TableRow>().First().InnerText.Contains("Rang", StringComparison.Ordinal));
            var reportRows = table.Elements<W.TableRow>().Skip(1).Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList())
                .Select(c => (c[0], c[2], c[3], c[4]));
            Assert.Equal(expected, reportRows);
        }

        var letter = Download(page, "demande-Gamma-Cloud.docx");
        Assert.Contains("vendredi 20 mars 2026", string.Join(" ", Paragraphs(letter)), StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("a[download]"), a => a.GetAttribute("download")!.Contains("demande-alpha", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Annexes_of_two_lots_are_named_and_evaluated_apart()
    {
        using var client = server.Client();
        var (other, _) = RealAnnex.Generate("INFO 26-099");
        var files = new[] { ("files", "alpha.docx", ThreeOffers.Files()[0].Docx), ("files", "autre.docx", RealAnnex.Fill(other, "Delta", new Dictionary<string, Fill>())) };
        var page = await PageClient.Parse(await client.PostParts("/Analyse", "Read", files, []));
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("Aucune annexe n’a pu être lue", text, StringComparison.Ordinal);
        Assert.Contains("relèvent de 2 consultations ou lots différents", text, StringComparison.Ordinal);
        Assert.Contains("consultation INFO 26-014 : alpha.docx", text, StringComparison.Ordinal);
        Assert.Contains("consultation INFO 26-099 : autre.docx", text, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("a[download$='comparaison.xlsx']").Length);
    }

    private static byte[] Download(AngleSharp.Html.Dom.IHtmlDocument page, string suffix)
    {
        var href = page.QuerySelectorAll("a[download]").Single(a => a.GetAttribute("download")!.EndsWith(suffix, StringComparison.Ordinal)).GetAttribute("href")!;
        return Convert.FromBase64String(href[(href.IndexOf(',', StringComparison.Ordinal) + 1)..]);
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText)];
    }
}
