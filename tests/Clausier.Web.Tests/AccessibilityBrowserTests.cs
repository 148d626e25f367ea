using System.Text.Json;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>
/// Every page, at 1366 px and 390 px: photographed, and checked by axe-core (npm, tests/Clausier.Web.Tests/axe,
/// installed by <c>npm ci</c> in .ci/run) against the WCAG 2.1 rules of levels A and AA.
/// </summary>
public sealed class AccessibilityBrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    private static readonly string? Axe = FindAxe();

    public static TheoryData<int> Widths() => [1366, 390];

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task Every_page_passes_axe_at_levels_A_and_AA(int width)
    {
        Skip.IfNot(Browser.Available, "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).");
        Skip.If(Axe is null, "axe-core is not installed: run `npm ci` in tests/Clausier.Web.Tests/axe.");
        using var folder = new TempDir("clausier-web-axe");
        var annex = folder.Write("offre-alpha.docx", Annexes.Filled());
        var picture = folder.Write("capture.png", [0x89, (byte)'P', (byte)'N', (byte)'G']);
        var page = await browser.NewPage(server.BaseAddress, width, bypassCsp: true);
        var violations = new List<string>();

        async Task Check(string name)
        {
            await Browser.Screenshot(page, $"{name}-{width}");
            await page.AddScriptTagAsync(new() { Path = Axe });
            var json = await page.EvaluateAsync<JsonElement>(
                "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }); " +
                "return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')); }");
            violations.AddRange(json.EnumerateArray().Select(v => $"{name} at {width} px: {v.GetString()}"));
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width)
            {
                violations.Add($"{name} at {width} px: the page is {scrollWidth} px wide and scrolls sideways");
            }
        }

        await page.GotoAsync("/");
        await Check("accueil");
        await page.GotoAsync("/Consultation");
        await Check("consultation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et afficher les exigences" }).ClickAsync();
        await Check("consultation-erreurs");
        await page.GotoAsync("/Consultation?exemple=true");
        await page.Locator(".lot-result details").First.Locator("summary").ClickAsync();
        await page.Locator(".other-points summary").ClickAsync();
        await Check("consultation-exigences");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu du texte" }).ClickAsync();
        await Check("consultation-apercu");
        await page.GotoAsync("/Analyse");
        await Check("analyse-depot");
        await page.Locator("#files").SetInputFilesAsync([annex, picture]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();
        await Check("analyse-resultats");
        await page.GotoAsync("/Analyse");
        await EvaluationBrowserTests.Evaluate(page, folder);
        await Check("analyse-evaluation");
        await page.GotoAsync("/Catalogue");
        await Check("catalogue");
        await page.GotoAsync("/Catalogue?q=chiffrements");
        await Check("catalogue-recherche");
        await page.GotoAsync("/Catalogue?q=chifrement");
        await Check("catalogue-aucun-resultat");
        await page.GotoAsync("/Catalogue/Point?id=O-6.4");
        await Check("catalogue-point");
        await page.GotoAsync("/nulle-part");
        await Check("page-introuvable");

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static string? FindAxe()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "axe", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
