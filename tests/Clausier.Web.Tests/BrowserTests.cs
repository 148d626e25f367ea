using System.IO.Compression;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>What a buyer does, in a real headless browser against the real server; each main page is photographed.</summary>
public sealed class BrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    private const string SkipReason = "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    [SkippableFact]
    public async Task Buyer_fills_the_form_checks_the_points_and_downloads_the_annexes()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/");
        await Browser.Screenshot(page, "accueil");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle consultation" }).ClickAsync();

        await page.GetByLabel("Nom de l’acheteur").FillAsync("Centre hospitalier de Montval");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("GHT Val de Loire Est");
        await page.GetByLabel("Référence").FillAsync("INFO 26-099");
        await page.GetByLabel("Objet").FillAsync("Logiciel de gestion du bloc opératoire et hébergement");
        await page.GetByLabel("Date limite de remise des offres").FillAsync("2026-06-15T12:00");
        await page.Locator("#Tender_Lots_0__Title").FillAsync("Logiciel du bloc opératoire");
        await page.Locator("#Tender_Lots_0__Segment").SelectOptionAsync("software");

        // The second lot is added with the keyboard only: the new row's title gets the focus.
        await page.Locator("[data-add-lot]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Hébergement des données de santé");
        await page.Locator("select[name='Tender.Lots[1].Segment']").SelectOptionAsync("hosting");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et afficher les exigences" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lot-result")).ToHaveCountAsync(2);
        var first = await page.Locator(".lot-result").First.Locator(".point-list .point-id").First.TextContentAsync();
        await page.Locator(".lot-result").First.Locator("details").First.Locator("summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Exclure le point {first}" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".excluded .point-id")).ToHaveTextAsync(first!);
        await page.Locator(".other-points summary").ClickAsync();
        await Assertions.Expect(page.Locator(".other-points .point-id").First).ToBeVisibleAsync();
        await Browser.Screenshot(page, "consultation");

        var docx = await Download(page, "Télécharger l’annexe du lot 1 (DOCX)");
        DocxAssert.Valid(docx);
        Assert.DoesNotContain($"clausier:{first}:status", System.Text.Encoding.UTF8.GetString(Entry(docx, "word/document.xml")), StringComparison.Ordinal);

        using var zip = new ZipArchive(new MemoryStream(await Download(page, "Télécharger toutes les annexes (ZIP)")), ZipArchiveMode.Read);
        Assert.Equal(2, zip.Entries.Count);
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await entry.Open().CopyToAsync(content);
            DocxAssert.Valid(content.ToArray());
        }
    }

    [SkippableFact]
    public async Task Buyer_previews_the_annex_text()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation?exemple=true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu du texte" }).ClickAsync();

        await Assertions.Expect(page.Locator(".annex-preview")).ToContainTextAsync("O-7.2");
    }

    [SkippableFact]
    public async Task Buyer_uploads_a_returned_annex_and_reads_the_answers()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        using var folder = new TempDir("clausier-web-e2e");
        var path = folder.Write("offre-alpha.docx", Annexes.Filled());
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Analyse");
        await Browser.Screenshot(page, "analyse-depot");

        await page.Locator("#files").SetInputFilesAsync(path);
        await Assertions.Expect(page.Locator("[data-file-list]")).ToContainTextAsync("offre-alpha.docx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".answers-table").First).ToContainTextAsync(Annexes.FilledAnswer);
        await Browser.Screenshot(page, "analyse-resultats");
        // The workbook is a link carrying the file built with the page's figures (no second request).
        var workbook = await DownloadLink(page, "Classeur de comparaison (XLSX)");
        Assert.Equal((byte)'P', workbook[0]);
    }

    [SkippableFact]
    public async Task Buyer_drops_annexes_on_the_drop_zone()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Analyse");

        // A synthetic drop event carrying a real file, as a file manager would send it.
        await page.EvaluateAsync("""
            bytes => {
              const transfer = new DataTransfer();
              transfer.items.add(new File([new Uint8Array(bytes)], "offre-deposee.docx"));
              document.querySelector("[data-dropzone]").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
            }
            """, Annexes.Filled().Select(b => (int)b).ToArray());
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".answers-table").First).ToContainTextAsync(Annexes.FilledAnswer);
    }

    [SkippableFact]
    public async Task Buyer_uploading_a_hostile_file_sees_a_French_refusal()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        using var folder = new TempDir("clausier-web-e2e");
        var bomb = folder.Write("offre-piegee.docx", HostileAnnexes.ZipBomb(300));
        var pdf = folder.Write("offre.pdf", "%PDF-1.7 pas une annexe"u8.ToArray());
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Analyse");

        await page.Locator("#files").SetInputFilesAsync(bomb);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".candidate .alert.error")).ToContainTextAsync("Fichier refusé");
        await Browser.Screenshot(page, "analyse-fichier-refuse");

        await page.Locator("#files").SetInputFilesAsync(pdf);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".refusals")).ToContainTextAsync("« offre.pdf » n’est pas un document Word");
    }

    [SkippableFact]
    public async Task Buyer_searches_the_catalogue_and_reads_a_point()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Catalogue");
        await Browser.Screenshot(page, "catalogue");

        await page.Locator("#q").FillAsync("chiffrement");
        await page.Locator("#segment").SelectOptionAsync("saas");
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page.Locator(".result-count")).Not.ToHaveTextAsync("0 point trouvé.");
        await Browser.Screenshot(page, "catalogue-recherche");

        await page.Locator(".point-list a.point-id").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Références" })).ToBeVisibleAsync();
        await Browser.Screenshot(page, "catalogue-point");
    }

    private static async Task<byte[]> Download(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<byte[]> DownloadLink(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static byte[] Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var content = new MemoryStream();
        archive.GetEntry(name)!.Open().CopyTo(content);
        return content.ToArray();
    }
}
