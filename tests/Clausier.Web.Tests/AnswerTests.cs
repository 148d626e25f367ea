using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Clausier.Web.Tests.Fixtures;

namespace Clausier.Web.Tests;

public sealed class AnswerTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Uploaded_annex_shows_the_candidates_answers()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Analyse", "Read", "files", [("offre-alpha.docx", Annexes.Filled())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        var rows = page.QuerySelectorAll(".answers-table tbody tr");
        Assert.Equal(Annexes.Generator.Generate(Annexes.Example, Annexes.Example.Lots[0]).Manifest!.Points.Count, rows.Length);
        Assert.Contains(rows, r => r.TextContent.Contains(Annexes.FilledAnswer, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".status-oui"), s => s.TextContent == "Oui");
        Assert.Contains("INFO 26-014", page.QuerySelector("table.data")!.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_are_told_to_the_buyer_in_French()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Analyse", "Read", "files", [("offre-alpha.docx", Annexes.Filled())]);

        var text = (await PageClient.Parse(response)).Body!.TextContent;
        // The filler leaves the candidate's date empty: a problem the reader words in both languages.
        Assert.Contains("du candidat n’est pas rempli", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the candidate field", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_each_candidates_answers_for_CISO_Assistant_in_one_zip()
    {
        using var client = server.Client();
        var read = await client.PostFiles("/Analyse", "Read", "files", [("offre-alpha.docx", Annexes.Filled()), ("offre-beta.docx", Annexes.Blank())]);
        var results = (await PageClient.Parse(read)).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=results]")!.Value;

        var response = await client.PostForm("/Analyse", "CisoAssistant", [new("results", results)]);

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync(), System.IO.Compression.ZipArchiveMode.Read);
        Assert.Equal(
            ["offre-alpha.ciso-assistant.xlsx", "offre-alpha.ciso-assistant.json", "offre-beta.ciso-assistant.xlsx", "offre-beta.ciso-assistant.json"],
            zip.Entries.Select(e => e.FullName));
        using var json = JsonDocument.Parse(zip.GetEntry("offre-alpha.ciso-assistant.json")!.Open());
        Assert.Equal("urn:ackwa:risk:framework:clausier-sante-v2", json.RootElement.GetProperty("framework_urn").GetString());
        Assert.Contains(json.RootElement.GetProperty("requirement_assessments").EnumerateArray(),
            r => r.GetProperty("body").GetProperty("result").GetString() != "not_assessed");
        using var xlsx = new MemoryStream();
        zip.GetEntry("offre-alpha.ciso-assistant.xlsx")!.Open().CopyTo(xlsx);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx.ToArray()), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook));
    }

    [Fact]
    public async Task Downloads_the_workbook_and_the_answers_without_a_second_upload()
    {
        using var client = server.Client();
        var read = await client.PostFiles("/Analyse", "Read", "files", [("offre-alpha.docx", Annexes.Filled()), ("offre-beta.docx", Annexes.Blank())]);
        var results = (await PageClient.Parse(read)).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=results]")!.Value;

        var page = await PageClient.Parse(read);
        var link = page.QuerySelectorAll("a[download]").Single(a => a.GetAttribute("download")!.EndsWith("comparaison.xlsx", StringComparison.Ordinal));
        Assert.Equal("INFO-26-014-comparaison.xlsx", link.GetAttribute("download"));
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("data:" + Services.MediaTypes.Xlsx + ";base64,", href, StringComparison.Ordinal);
        var workbook = Convert.FromBase64String(href[(href.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        var json = await client.PostForm("/Analyse", "Json", [new("results", results)]);
        var csv = await client.PostForm("/Analyse", "Csv", [new("results", results)]);

        using (var spreadsheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            Assert.NotEmpty(spreadsheet.WorkbookPart!.Workbook.Sheets!.ChildElements);
        }

        using var parsed = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(2, parsed.RootElement.GetProperty("files").GetArrayLength());
        // The JSON posted back and written again keeps each answer's clause hash, as clausier parse writes it.
        Assert.All(parsed.RootElement.GetProperty("files")[0].GetProperty("answers").EnumerateArray(),
            a => Assert.Matches("^[0-9a-f]{64}$", a.GetProperty("clauseSha256").GetString()));
        Assert.Contains(Annexes.FilledAnswer, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileFiles() => ["zip-bomb", "external-entity", "macro", "path-traversal"];

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Hostile_file_is_refused_in_French_without_a_stack_trace(string kind)
    {
        using var client = server.Client();
        var before = Directory.GetFiles(Path.GetTempPath()).ToHashSet();
        var file = kind switch
        {
            "zip-bomb" => HostileAnnexes.ZipBomb(300),
            "external-entity" => HostileAnnexes.ExternalEntity(),
            "macro" => HostileAnnexes.MacroEnabled(),
            _ => HostileAnnexes.WithEntry("../../evil.txt"),
        };

        var response = await client.PostFiles("/Analyse", "Read", "files", [($"{kind}.docx", file)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await PageClient.Parse(response)).Body!.TextContent;
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0", text, StringComparison.Ordinal);
        if (kind != "path-traversal")
        {
            Assert.Contains("Fichier refusé", text, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "..", "evil.txt")));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "evil.txt")));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetTempPath()), f => !before.Contains(f) && f.EndsWith(".docx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tampered_results_give_a_report_not_an_error_page()
    {
        using var client = server.Client();

        var response = await client.PostForm("/Analyse", "Csv", [new("results", "{\"files\": [{\"oops\": 1}]")]);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(server.Log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }
}
