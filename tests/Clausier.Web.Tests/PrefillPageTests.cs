using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Clausier.Forms;
using Clausier.Testing;
using Clausier.Web.Tests.Fixtures;

namespace Clausier.Web.Tests;

/// <summary>The candidates' page: blank annex + previous answers → prefilled annex and review list.</summary>
public sealed class PrefillPageTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Candidate_gets_the_annex_prefilled_from_a_previous_annex()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Preremplir", "Prefill",
            [("annexe", "annexe-vierge.docx", Annexes.Blank()), ("precedentes", "offre-2025.docx", Annexes.Filled())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        var points = Annexes.Workbench.Generator(Annexes.Workbench.Today()).Generate(Annexes.Example, Annexes.Example.Lots[0]).Manifest!.Points.Count;
        Assert.Equal(points, page.QuerySelectorAll(".prefill-table tbody tr.outcome-filled").Length);
        var docx = page.QuerySelector<IHtmlInputElement>("input[name=docx]")!.Value;
        var name = page.QuerySelector<IHtmlInputElement>("input[name=name]")!.Value;
        var review = page.QuerySelector<IHtmlInputElement>("input[name=review]")!.Value;

        var annex = await client.PostForm("/Preremplir", "Annex", [new("docx", docx), new("name", name)]);
        var list = await client.PostForm("/Preremplir", "Review", [new("review", review)]);

        var bytes = await annex.Content.ReadAsByteArrayAsync();
        DocxAssert.Valid(bytes);
        var parsed = new AnnexReader().Read(new MemoryStream(bytes), name);
        Assert.All(parsed.Answers, a => Assert.Equal(Annexes.FilledAnswer, a.Answer));
        Assert.Equal("annexe-vierge-preremplie.docx", annex.Content.Headers.ContentDisposition!.FileNameStar ?? annex.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Contains($"{points} point(s) prérempli(s), 0 à revoir", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blank_annex_that_is_not_a_docx_is_refused_in_French()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Preremplir", "Prefill",
            [("annexe", "annexe.pdf", "%PDF-1.7 pas une annexe"u8.ToArray()), ("precedentes", "offre-2025.docx", Annexes.Filled())]);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("n’est pas un document Word", (await PageClient.Parse(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_blank_annex_gives_a_French_refusal_and_no_download()
    {
        using var client = server.Client();

        var response = await client.PostFiles("/Preremplir", "Prefill",
            [("annexe", "annexe.docx", HostileAnnexes.ZipBomb(300)), ("precedentes", "offre-2025.docx", Annexes.Filled())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Contains("n’a pas pu être préremplie", page.QuerySelector(".prefill-result")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=docx]"));
    }
}
