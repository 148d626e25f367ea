using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>Searching the catalogue as a buyer types: plurals and accents, where the word was found, what to try when nothing is.</summary>
public sealed class CatalogueBrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    private const string SkipReason = "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    [SkippableFact]
    public async Task Chiffrements_finds_the_encryption_points_and_shows_where()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Catalogue");

        await page.Locator("#q").FillAsync("chiffrements");
        await page.Locator("#q").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".result-count")).Not.ToHaveTextAsync("0 point trouvé.");
        await Assertions.Expect(page.Locator(".point-list a.point-id").Filter(new() { HasText = "O-8." }).First).ToBeVisibleAsync();
        var marks = await page.Locator(".point-list .snippet mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("chiffr", m.ToLowerInvariant(), StringComparison.Ordinal));
        await Browser.Screenshot(page, "catalogue-recherche");
    }

    [SkippableFact]
    public async Task Accents_and_case_do_not_matter()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);

        await page.GotoAsync("/Catalogue?q=SECURITE");
        var plain = await page.Locator(".result-count").TextContentAsync();
        await page.GotoAsync("/Catalogue?q=s%C3%A9curit%C3%A9");

        await Assertions.Expect(page.Locator(".result-count")).ToHaveTextAsync(plain!);
        await Assertions.Expect(page.Locator(".result-count")).Not.ToHaveTextAsync("0 point trouvé.");
    }

    [SkippableFact]
    public async Task A_word_found_nowhere_gets_close_words_and_the_sections()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);

        await page.GotoAsync("/Catalogue?q=chifrement");

        await Assertions.Expect(page.Locator(".result-count")).ToHaveTextAsync("0 point trouvé.");
        await Assertions.Expect(page.Locator(".search-hint a").First).ToContainTextAsync("chiffrement");
        await Assertions.Expect(page.Locator(".search-hint .section-links a")).Not.ToHaveCountAsync(0);
        await page.Locator(".search-hint a").First.ClickAsync();
        await Assertions.Expect(page.Locator(".result-count")).Not.ToHaveTextAsync("0 point trouvé.");
    }

    [SkippableFact]
    public async Task Segment_tags_are_in_French_and_no_parameter_shows_as_code()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        var page = await browser.NewPage(server.BaseAddress);

        await page.GotoAsync("/Catalogue");
        var tags = string.Join(" ", await page.Locator(".point-list .tags").AllInnerTextsAsync());
        Assert.DoesNotContain("workstations", tags, StringComparison.Ordinal);
        Assert.DoesNotContain("saas", tags, StringComparison.Ordinal);

        await page.GotoAsync("/Catalogue/Point?id=O-6.4");
        Assert.DoesNotContain("{{", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
