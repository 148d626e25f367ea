using System.Net;
using System.Text;
using Clausier.Web.Tests.Fixtures;

namespace Clausier.Web.Tests;

public sealed class LimitTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static WebServerOptions Limits => WebServerFixture.TestOptions;

    [Fact]
    public async Task Post_without_anti_forgery_token_is_refused()
    {
        using var client = server.Client();
        await client.GetPage("/Consultation");

        using var content = new FormUrlEncodedContent(Annexes.Fields(Annexes.Example));
        var response = await client.Http.PostAsync(new Uri("/Consultation?handler=Docx&lot=unique", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertFrenchErrorPage(response, "Demande refusée");
    }

    [Fact]
    public async Task Post_that_is_not_a_form_is_refused_with_415()
    {
        using var client = server.Client();
        using var content = new StringContent("{\"files\": []}", Encoding.UTF8, "application/json");

        var response = await client.Http.PostAsync(new Uri("/Analyse?handler=Read", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertFrenchErrorPage(response, "Type de contenu non accepté");
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_with_413_and_named()
    {
        using var client = server.Client();
        var large = new byte[(int)Limits.MaxFileBytes + 1024];
        "PK\u0003\u0004"u8.CopyTo(large);

        var response = await client.PostFiles("/Analyse", "Read", "files", [("gros.docx", large)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Contains("«\u00A0gros.docx\u00A0» dépasse 2\u00A0Mo", page.QuerySelector(".refusals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_the_others_are_read()
    {
        using var client = server.Client();
        var large = new byte[(int)Limits.MaxFileBytes + 1024];
        "PK\u0003\u0004"u8.CopyTo(large);

        var response = await client.PostFiles("/Analyse", "Read", "files", [("gros.docx", large), ("offre-alpha.docx", Annexes.Filled())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Contains("«\u00A0gros.docx\u00A0» dépasse", page.QuerySelector(".refusals")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".answers-table"));
    }

    [Fact]
    public async Task Empty_tender_file_is_said_to_be_empty()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Consultation", "Import", "tenderFile", [("vide.yml", [])]);

        var page = await PageClient.Parse(response);
        Assert.Contains("«\u00A0vide.yml\u00A0» est vide", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_over_the_total_limit_is_refused_with_413()
    {
        using var client = server.Client();
        var part = new byte[(int)Limits.MaxFileBytes - 4096];
        var files = Enumerable.Range(1, 4).Select(i => ($"offre-{i}.docx", part));

        var response = await client.PostFiles("/Analyse", "Read", "files", files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertFrenchErrorPage(response, "Envoi trop volumineux");
    }

    [Fact]
    public async Task The_most_files_at_the_largest_size_are_refused_whole_with_the_limits_in_french()
    {
        // As many files as allowed, each as large as allowed: more than one request may carry.
        using var client = server.Client();
        var annex = new byte[(int)Limits.MaxFileBytes];
        "PK\u0003\u0004"u8.CopyTo(annex);
        var files = Enumerable.Range(1, Limits.MaxFiles).Select(i => ($"offre-{i}.docx", annex));

        var response = await client.PostFiles("/Analyse", "Read", "files", files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await AssertFrenchErrorPage(response, "Envoi trop volumineux");
        Assert.Equal("Les fichiers envoyés dépassent les limites\u00A0: 2\u00A0Mo par fichier, 6\u00A0Mo par envoi, 5\u00A0fichiers au plus. Envoyez moins de fichiers à la fois.",
            page.QuerySelector("p.lead")!.TextContent);
    }

    [Fact]
    public async Task Files_past_the_text_budget_of_an_upload_are_refused_by_name_and_the_others_read()
    {
        var options = WebServerFixture.TestOptions with { MaxUploadTextChars = 10_000 };
        await using var app = ClausierWebApp.Build(options);
        await app.StartAsync();
        using var client = new PageClient(new Uri(app.Urls.First()));
        var multilot = Annexes.Multilot;
        var second = Clausier.Benchmarks.AnnexFiller.Fill(Annexes.Generator.Generate(multilot, multilot.Lots[0]).Docx!);

        var response = await client.PostFiles("/Analyse", "Read", "files", [("offre-alpha.docx", Annexes.Filled()), ("offre-beta.docx", second)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        var refusals = page.QuerySelector(".refusals")!.TextContent;
        Assert.Contains("«\u00A0offre-beta.docx\u00A0» n’a pas été analysé\u00A0: avec les fichiers qui le précèdent, cet envoi dépasse 10", refusals, StringComparison.Ordinal);
        Assert.Contains("000\u00A0caractères de réponses, la limite d’un envoi. Envoyez ce fichier dans un autre envoi.", refusals, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".answers-table"));
        await app.StopAsync();
    }

    [Fact]
    public async Task Too_many_files_are_refused()
    {
        using var client = server.Client();
        var annex = Annexes.Filled();
        var files = Enumerable.Range(1, Limits.MaxFiles + 1).Select(i => ($"offre-{i}.docx", annex));

        var response = await client.PostFiles("/Analyse", "Read", "files", files);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Contains($"{Limits.MaxFiles} au plus", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offre.docx", "%PDF-1.7\n% un PDF renommé")]
    [InlineData("offre.doc", "{\\rtf1 un RTF}")]
    public async Task File_that_is_not_a_docx_is_refused_with_415(string name, string content)
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Analyse", "Read", "files", [(name, Encoding.UTF8.GetBytes(content))]);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Contains($"«\u00A0{name}\u00A0» n’est pas un document Word", page.QuerySelector(".refusals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tender_file_over_its_limit_is_refused_with_413()
    {
        using var client = server.Client();
        var yaml = Encoding.UTF8.GetBytes("# " + new string('x', (int)Limits.MaxTenderYamlBytes) + "\n");

        var response = await client.PostFiles("/Consultation", "Import", "tenderFile", [("consultation.yml", yaml)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Contains("dépasse", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> AssertFrenchErrorPage(HttpResponseMessage response, string heading)
    {
        var page = await PageClient.Parse(response);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(heading, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.Body!.TextContent, StringComparison.Ordinal);
        return page;
    }
}
