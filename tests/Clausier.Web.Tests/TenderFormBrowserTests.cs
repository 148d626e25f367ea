using System.IO.Compression;
using System.Xml.Linq;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>The tender form as a buyer uses it: the keyboard, lots added and removed, where each action lands, the preview, the dates of downloads.</summary>
public sealed class TenderFormBrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    private const string SkipReason = "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    private async Task<IPage> ThreeLots()
    {
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation");
        await page.Locator("#tenderFile").SetInputFilesAsync(Annexes.MultilotPath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".lot-row")).ToHaveCountAsync(3);
        return page;
    }

    [SkippableFact]
    public async Task Enter_in_the_buyers_name_keeps_every_lot_and_checks_the_tender()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await ThreeLots();
        var firstTitle = await page.Locator("#Tender_Lots_0__Title").InputValueAsync();

        await page.GetByLabel("Nom de l’acheteur").FillAsync("Centre hospitalier de Montval");
        await page.GetByLabel("Nom de l’acheteur").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".lot-result")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".lot-row")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#Tender_Lots_0__Title")).ToHaveValueAsync(firstTitle);
    }

    [SkippableFact]
    public async Task Removing_a_lot_asks_first_and_a_refusal_keeps_it()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await ThreeLots();
        string? asked = null;
        page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.DismissAsync();
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer le lot 1" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);

        Assert.Contains("Retirer le lot 1", asked, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".lot-row")).ToHaveCountAsync(3);
    }

    [SkippableFact]
    public async Task A_lot_added_in_the_browser_can_be_removed()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GotoAsync("/Consultation");

        await page.Locator("[data-add-lot]").ClickAsync();
        await page.Keyboard.TypeAsync("Lot ajouté puis retiré");
        await Assertions.Expect(page.Locator(".lot-row")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer le lot 2" }).ClickAsync();

        await Assertions.Expect(page.Locator(".lot-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("input[value='Lot ajouté puis retiré']")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Checking_lands_on_the_requirements_and_open_sections_stay_open()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation?exemple=true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et afficher les exigences" }).ClickAsync();
        await Assertions.Expect(page.Locator("#titre-exigences")).ToBeInViewportAsync();

        var section = page.Locator(".lot-result details.section-points").Nth(1);
        var id = await section.GetAttributeAsync("id");
        await section.Locator("summary").ClickAsync();
        var point = await section.Locator(".point-id").First.TextContentAsync();
        await section.GetByRole(AriaRole.Button, new() { Name = $"Exclure le point {point}" }).ClickAsync();

        await Assertions.Expect(page.Locator(".excluded .point-id")).ToHaveTextAsync(point!);
        await Assertions.Expect(page.Locator($"[id='{id}']")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(page.Locator("#titre-exigences")).ToBeInViewportAsync();
    }

    [SkippableFact]
    public async Task Preview_shows_the_annex_as_the_candidate_reads_it_next_to_its_lot()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation?exemple=true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu du texte" }).ClickAsync();

        var preview = page.Locator(".lot-result .annex-preview");
        await Assertions.Expect(preview).ToBeInViewportAsync();
        await Assertions.Expect(preview.Locator("h4, h3, h2").Filter(new() { HasText = "O-7.2" }).First).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("table .form-field").First).ToBeVisibleAsync();
        var text = await preview.InnerTextAsync();
        Assert.DoesNotContain(":::", text, StringComparison.Ordinal);
        Assert.DoesNotContain("language: fr-FR", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", text, StringComparison.Ordinal);
        await Browser.Screenshot(page, "consultation-apercu");
    }

    [SkippableFact]
    public async Task Invalid_fields_are_tied_to_their_message_and_the_summary_follows_the_page()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et afficher les exigences" }).ClickAsync();

        var name = page.Locator("#Tender_BuyerName");
        await Assertions.Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        var described = await name.GetAttributeAsync("aria-describedby");
        await Assertions.Expect(page.Locator($"[id='{described}']")).Not.ToBeEmptyAsync();
        var links = await page.Locator("#resume-validation a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var positions = await page.EvaluateAsync<int[]>(
            "ids => ids.map(id => Array.from(document.querySelectorAll('input, textarea, select, span')).indexOf(document.getElementById(id.slice(1))))", links);
        Assert.True(links.Length >= 3);
        Assert.Equal(positions.OrderBy(p => p), positions);
        await Browser.Screenshot(page, "consultation-erreurs");
    }

    [SkippableFact]
    public async Task Points_outside_the_segment_can_be_filtered()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation?exemple=true");
        await page.Locator(".other-points summary").ClickAsync();
        var all = await page.Locator(".other-points li:visible").CountAsync();

        await page.GetByLabel("Filtrer ces points").FillAsync("sauvegardes");

        var shown = await page.Locator(".other-points li:visible").CountAsync();
        Assert.InRange(shown, 0, all - 1);
        foreach (var text in await page.Locator(".other-points li:visible").AllInnerTextsAsync())
        {
            Assert.Contains("sauvegarde", Fold(text), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Downloads_carry_the_real_date_and_say_so()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation?exemple=true");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var docx = await Download(page, "Télécharger l’annexe du lot unique (DOCX)");

        DocxAssert.Valid(docx);
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var core = XDocument.Load(archive.GetEntry("docProps/core.xml")!.Open());
        XNamespace terms = "http://purl.org/dc/terms/", dc = "http://purl.org/dc/elements/1.1/";
        Assert.StartsWith(today, core.Root!.Element(terms + "created")!.Value, StringComparison.Ordinal);
        Assert.Contains("jour du téléchargement", core.Root.Element(dc + "description")!.Value, StringComparison.Ordinal);
        Assert.Equal(today, archive.Entries[0].LastWriteTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Fold(string text) =>
        new string([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]).ToLowerInvariant();

    private static async Task<byte[]> Download(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
