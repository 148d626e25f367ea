using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace Clausier.Web.Tests;

/// <summary>Uploads of several files: each refused on its own and named, the rest read; copies flagged.</summary>
public sealed class UploadBrowserTests(WebServerFixture server, Browser browser) : IClassFixture<WebServerFixture>, IClassFixture<Browser>
{
    private const string SkipReason = "Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).";

    [SkippableFact]
    public async Task Three_annexes_a_picture_and_a_zip_give_three_candidates_and_two_refusals()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        using var folder = new TempDir("clausier-web-e2e");
        var paths = new[]
        {
            folder.Write("offre-alpha.docx", Annexes.Filled()),
            folder.Write("offre-beta.docx", Annexes.Blank()),
            folder.Write("offre-gamma.docx", Differ(Annexes.Filled())),
            folder.Write("capture.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13]),
            folder.Write("archive.zip", ZipOf("lisez-moi.txt", "pas une annexe"u8.ToArray())),
        };
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Analyse");

        await page.Locator("#files").SetInputFilesAsync(paths);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".answers-table")).ToHaveCountAsync(3);
        var refusals = page.Locator(".refusals li");
        await Assertions.Expect(refusals).ToHaveCountAsync(2);
        await Assertions.Expect(refusals.Filter(new() { HasText = "capture.png" })).ToContainTextAsync("n’est pas un document Word");
        await Assertions.Expect(refusals.Filter(new() { HasText = "archive.zip" })).ToHaveCountAsync(1);
        await Browser.Screenshot(page, "analyse-envoi-mixte");
    }

    [SkippableFact]
    public async Task The_same_file_sent_three_times_is_read_once_and_flagged()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        using var folder = new TempDir("clausier-web-e2e");
        var annex = Annexes.Filled();
        var paths = Enumerable.Range(1, 3).Select(i => folder.Write($"offre-{i}.docx", annex)).ToArray();
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Analyse");

        await page.Locator("#files").SetInputFilesAsync(paths);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lire les annexes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".answers-table")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".candidate.duplicate")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".candidate.duplicate").First).ToContainTextAsync("identique");
        await Assertions.Expect(page.Locator(".panel:has(#titre-groupe-0) table.data:not(.evaluation) tbody tr")).ToHaveCountAsync(1);
    }

    [SkippableFact]
    public async Task An_empty_tender_file_is_said_to_be_empty()
    {
        Skip.IfNot(Browser.Available, SkipReason);
        using var folder = new TempDir("clausier-web-e2e");
        var empty = folder.Write("consultation-vide.yml", []);
        var page = await browser.NewPage(server.BaseAddress);
        await page.GotoAsync("/Consultation");

        await page.Locator("#tenderFile").SetInputFilesAsync(empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Importer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("« consultation-vide.yml » est vide");
    }

    /// <summary>Another annex than <see cref="Annexes.Filled"/>: the same answers, one more byte of padding in a part Word ignores.</summary>
    private static byte[] Differ(byte[] annex)
    {
        using var stream = new MemoryStream();
        stream.Write(annex);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("docProps/core.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("docProps/core.xml").Open());
            writer.Write(xml.Replace("</cp:coreProperties>", "<cp:keywords>autre offre</cp:keywords></cp:coreProperties>", StringComparison.Ordinal));
        }

        return stream.ToArray();
    }

    private static byte[] ZipOf(string name, byte[] content)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }
}
