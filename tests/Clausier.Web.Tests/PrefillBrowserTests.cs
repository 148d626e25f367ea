using Clausier.Forms;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>What a candidate does on the prefill page, in a real headless browser; the page is photographed.</summary>
public sealed class PrefillBrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    [SkippableFact]
    public async Task Candidate_uploads_the_blank_annex_and_a_previous_one_and_downloads_the_prefilled_annex()
    {
        Skip.IfNot(Browser.Available, "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).");
        using var folder = new TempDir("clausier-web-prefill");
        var blank = folder.Write("annexe-vierge.docx", Annexes.Blank());
        var previous = folder.Write("offre-2025.docx", Annexes.Filled());
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Préremplir (candidats)" }).ClickAsync();
        await Browser.Screenshot(page, "preremplir-depot");

        await page.GetByLabel("Annexe de la consultation à préremplir").SetInputFilesAsync(blank);
        await page.GetByLabel("Vos réponses précédentes").SetInputFilesAsync(previous);
        await page.GetByRole(AriaRole.Button, new() { Name = "Préremplir l’annexe" }).ClickAsync();

        await Assertions.Expect(page.Locator(".prefill-table tbody tr.outcome-filled").First).ToBeVisibleAsync();
        await Browser.Screenshot(page, "preremplir-resultat");
        await page.SetViewportSizeAsync(390, 844);
        await Browser.Screenshot(page, "preremplir-resultat-390");
        await page.SetViewportSizeAsync(1366, 768);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Télécharger l’annexe préremplie (DOCX)" }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        DocxAssert.Valid(copy.ToArray());
        Assert.Equal(Annexes.FilledAnswer, new AnnexReader().Read(new MemoryStream(copy.ToArray()), "annexe.docx").Answers[0].Answer);
    }
}
