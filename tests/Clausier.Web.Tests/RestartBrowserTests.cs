using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>A restart of <c>clausier serve</c> between two steps: the tokens of the open page die with the old keys, what the buyer typed does not.</summary>
public sealed class RestartBrowserTests(RestartableServer server, Browser browser) : IClassFixture<RestartableServer>, IClassFixture<Browser>
{
    [SkippableFact]
    public async Task A_restart_between_two_steps_loses_nothing_typed()
    {
        Skip.IfNot(Browser.Available, "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).");
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation");
        await page.GetByLabel("Nom de l’acheteur").FillAsync("Centre hospitalier de Montval « Nord » & Cie");
        await page.GetByLabel("Référence").FillAsync("INFO 26-101");
        await page.GetByLabel("Objet").FillAsync("Hébergement des données de santé");
        await page.Locator("#Tender_Lots_0__Title").FillAsync("Hébergement");
        await page.Locator("#Tender_Lots_0__Segment").SelectOptionAsync("hosting");

        await server.Restart();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et afficher les exigences" }).ClickAsync();

        await Assertions.Expect(page.Locator(".lot-result")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Nom de l’acheteur")).ToHaveValueAsync("Centre hospitalier de Montval « Nord » & Cie");
        await Assertions.Expect(page.GetByLabel("Référence")).ToHaveValueAsync("INFO 26-101");
        await Assertions.Expect(page.Locator("#Tender_Lots_0__Segment")).ToHaveValueAsync("hosting");
        await Assertions.Expect(page.Locator("#titre-exigences")).ToBeInViewportAsync();
    }
}
