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

    private static async Task AssertFrenchErrorPage(HttpResponseMessage response, string heading)
    {
        var page = await PageClient.Parse(response);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(heading, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
