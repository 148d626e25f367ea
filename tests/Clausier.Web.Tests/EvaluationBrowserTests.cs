using System.Text;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Tenders;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>The buyer weighs the sections on the consultation page, then evaluates three offers on the analysis page.</summary>
public sealed class EvaluationBrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    private const string SkipReason = "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    /// <summary>The tender of the three offers, with the weights they are scored against.</summary>
    public const string TenderYaml = """
        reference: INFO 26-014
        subject: Solution de prise de rendez-vous en ligne
        buyer:
          name: Centre hospitalier universitaire de Montval
        segment: saas

        """ + ThreeOffers.EvaluationYaml;

    /// <summary>Uploads the three offers with their tender and a reply date on the analysis page already open, and waits for the scores.</summary>
    public static async Task Evaluate(IPage page, TempDir folder)
    {
        var offers = ThreeOffers.Files().Select(f => folder.Write(f.Name, f.Docx)).ToArray();
        var tender = folder.Write("consultation.yml", Encoding.UTF8.GetBytes(TenderYaml));
        await page.Locator("#files").SetInputFilesAsync(offers);
        await page.Locator("details.evaluation-inputs summary").ClickAsync();
        await page.Locator("#tender").SetInputFilesAsync(tender);
        await page.GetByLabel("Date limite de réponse des candidats").FillAsync("2027-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.evaluation tbody tr")).ToHaveCountAsync(3);
    }

    [SkippableFact]
    public async Task Buyer_weighs_two_sections_and_the_requirements_show_the_grid_the_annex_will_publish()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation?exemple=true");

        await page.GetByLabel("Noté sur").FillAsync("20");
        await page.GetByLabel("Points de la section 3", new() { Exact = true }).FillAsync("12,5");
        await page.GetByLabel("Points de la section 5", new() { Exact = true }).FillAsync("7,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et afficher les exigences" }).ClickAsync();

        await Assertions.Expect(page.Locator(".grid-summary")).ToContainTextAsync("sur 20 points");
        await Assertions.Expect(page.Locator(".grid-summary")).ToContainTextAsync("section 3 : 12,5 · section 5 : 7,5");
        await Assertions.Expect(page.GetByLabel("Points de la section 3", new() { Exact = true })).ToHaveValueAsync("12,5");
        await Browser.Screenshot(page, "consultation-notation");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Télécharger le fichier de consultation (.yml)" }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var tender = TenderReader.Read("consultation.yml", new StringReader(Encoding.UTF8.GetString(copy.ToArray()))).Value!;
        Assert.Equal([("3", 12.5), ("5", 7.5)], tender.Evaluation!.SectionWeights.Select(s => (s.Key, s.Value.Value)));
    }

    [SkippableFact]
    public async Task Buyer_evaluates_three_offers_and_reads_regularity_scores_and_the_reply_date()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        using var folder = new TempDir("clausier-web-evaluation");
        foreach (var width in new[] { 1366, 390 })
        {
            var page = await browser.NewPage(server.BaseAddress, width);
            await page.GotoAsync("/Analyse");

            await Evaluate(page, folder);

            var rows = page.Locator("table.evaluation tbody tr");
            await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Alpha Santé SAS");
            await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Irrégulière");
            await Assertions.Expect(rows.Nth(2).Locator("ul.findings li").First).ToContainTextAsync("CLZ4501");
            var letter = page.Locator("a[download$='demande-Gamma-Cloud.docx']");
            await Assertions.Expect(letter).ToHaveCountAsync(1);
            await Assertions.Expect(letter.Locator("span").First).ToHaveTextAsync("Lettre à Gamma Cloud");
            await Assertions.Expect(letter.Locator(".file-name")).ToHaveTextAsync((await letter.GetAttributeAsync("download"))!);
            var labels = await page.Locator(".section-head .button-row a.button").AllInnerTextsAsync();
            Assert.Equal(["Classeur d’évaluation (XLSX)", "Rapport d’analyse (DOCX)"], labels.Take(2));
            Assert.Equal(3, labels.Count);
            Assert.All(labels, label => Assert.DoesNotContain("'", label, StringComparison.Ordinal));
            await Browser.Screenshot(page, $"analyse-evaluation-{width}");
        }
    }
}
