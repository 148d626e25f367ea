using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Clausier.Forms;
using Clausier.Forms.Output;
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
        var points = Annexes.Generator.Generate(Annexes.Example, Annexes.Example.Lots[0]).Manifest!.Points.Count;
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
    public async Task Parse_JSON_of_a_returned_annex_prefills_every_point_without_review_and_JSON_of_another_kind_is_listed_as_not_used()
    {
        using var client = server.Client();
        var filled = Annexes.Filled();
        var json = ParseJsonWriter.ToJson(new ParseRun([new AnnexReader().Read(new MemoryStream(filled), "offre-2025.docx")]));

        var response = await client.PostFiles("/Preremplir", "Prefill",
        [
            ("annexe", "annexe-vierge.docx", Annexes.Blank()),
            ("precedentes", "reponses.json", Encoding.UTF8.GetBytes(json)),
            ("precedentes", "notes.json", """{ "titre": "mes notes" }"""u8.ToArray()),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        var points = Annexes.Generator.Generate(Annexes.Example, Annexes.Example.Lots[0]).Manifest!.Points.Count;
        Assert.Equal(points, page.QuerySelectorAll(".prefill-table tbody tr.outcome-filled").Length);
        Assert.Empty(page.QuerySelectorAll(".prefill-table tbody tr.outcome-review"));
        var problems = page.QuerySelector("details.problems")!;
        Assert.Equal("1 fichier(s) de réponses non utilisé(s)", problems.QuerySelector("summary")!.TextContent.Trim());
        var note = Assert.Single(problems.QuerySelectorAll("li"));
        Assert.Contains("CLZ7001", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("notes.json\u00A0: ce fichier JSON n’est ni une entrée de bibliothèque de réponses", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_JSON_of_an_earlier_version_is_used_for_review_and_the_page_says_why()
    {
        using var client = server.Client();
        var json = JsonNode.Parse(ParseJsonWriter.ToJson(new ParseRun([new AnnexReader().Read(new MemoryStream(Annexes.Filled()), "offre-2025.docx")])))!;
        foreach (var answer in json["files"]![0]!["answers"]!.AsArray())
        {
            answer!.AsObject().Remove("clauseSha256");
        }

        var response = await client.PostFiles("/Preremplir", "Prefill",
            [("annexe", "annexe-vierge.docx", Annexes.Blank()), ("precedentes", "reponses.json", Encoding.UTF8.GetBytes(json.ToJsonString()))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.Parse(response);
        Assert.Empty(page.QuerySelectorAll(".prefill-table tbody tr.outcome-filled"));
        Assert.NotEmpty(page.QuerySelectorAll(".prefill-table tbody tr.outcome-review"));
        var problems = page.QuerySelector("details.problems")!;
        Assert.Equal("1 remarque(s) sur les réponses précédentes", problems.QuerySelector("summary")!.TextContent.Trim());
        Assert.Contains("ne disent pas à quel texte de clause elles répondaient", Assert.Single(problems.QuerySelectorAll("li")).TextContent, StringComparison.Ordinal);
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
