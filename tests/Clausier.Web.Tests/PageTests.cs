using AngleSharp.Dom;
using System.Net;
using Clausier.Web.Tests.Fixtures;

namespace Clausier.Web.Tests;

public sealed class PageTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Theory]
    [InlineData("/", "Annexe sécurité d’une consultation")]
    [InlineData("/Consultation", "Préparer l’annexe sécurité")]
    [InlineData("/Consultation?exemple=true", "Exigences retenues")]
    [InlineData("/Analyse", "Analyser les annexes retournées")]
    [InlineData("/Catalogue", "Catalogue des exigences")]
    [InlineData("/Catalogue/Point?id=O-7.2", "Références")]
    public async Task Every_page_answers_in_French(string path, string text)
    {
        using var client = server.Client();

        var (response, document) = await client.GetPage(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The pages' own French follows French typography: typographic apostrophe, no-break space before
    /// « ; : ! ? » and inside « ». Catalogue text, the clause of a point included, is shown with the
    /// typography the annex gives it; the annex preview has its own checks, and what the buyer typed is shown as typed.
    /// </summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/Consultation")]
    [InlineData("/Consultation?exemple=true")]
    [InlineData("/Analyse")]
    [InlineData("/Preremplir")]
    [InlineData("/Catalogue")]
    [InlineData("/Catalogue/Point?id=O-6.4")]
    public async Task The_pages_own_French_follows_French_typography(string path)
    {
        using var client = server.Client();

        var (_, document) = await client.GetPage(path);

        foreach (var content in document.QuerySelectorAll(".annex-page, code, pre, script, style, .code, textarea, .buyer-value"))
        {
            content.Remove();
        }

        var text = string.Join("\n", document.Body!.Descendants<IText>().Select(t => t.Data))
            + "\n" + string.Join("\n", document.QuerySelectorAll("[aria-label], [placeholder], [data-confirm], [title]")
                .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("placeholder"), e.GetAttribute("data-confirm"), e.GetAttribute("title") })
                .Where(a => a is not null));
        var faults = System.Text.RegularExpressions.Regex.Matches(text, @"\p{L}'\p{L}|\S [;:!?»]|« ")
            .Select(m => text.Substring(Math.Max(0, m.Index - 30), Math.Min(50, text.Length - Math.Max(0, m.Index - 30))))
            .ToList();
        Assert.True(faults.Count == 0, $"{path}: {string.Join(" | ", faults.Select(f => f.Replace("\n", "⏎").Replace("\u00a0", "⍽")))}");
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var client = server.Client();

        var (response, _) = await client.GetPage("/Consultation");

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_have_a_label_for_every_input_and_no_inline_script()
    {
        using var client = server.Client();
        foreach (var path in new[] { "/Consultation?exemple=true", "/Analyse", "/Catalogue" })
        {
            var (_, document) = await client.GetPage(path);
            var labelled = document.QuerySelectorAll("label[for]").Select(l => l.GetAttribute("for")).ToHashSet();
            var inputs = document.QuerySelectorAll("input:not([type=hidden]), select, textarea").Where(e => e.Closest("template") is null);
            Assert.All(inputs, input => Assert.Contains(input.Id, labelled));
            Assert.All(document.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), $"{path}: inline script"));
        }
    }

    [Theory]
    [InlineData("/static/site.css", "text/css")]
    [InlineData("/static/site.js", "text/javascript")]
    public async Task Serves_the_embedded_assets(string path, string type)
    {
        using var client = server.Client();

        var response = await client.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500);
    }

    [Fact]
    public async Task Unknown_page_gives_the_French_404_page()
    {
        using var client = server.Client();

        var (response, document) = await client.GetPage("/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhandled_exception_gives_a_French_page_and_a_log_line_not_a_stack_trace()
    {
        using var client = server.Client();

        var (response, document) = await client.GetPage(WebServerFixture.FailingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Erreur inattendue", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var text = document.Body!.TextContent;
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/etc/clausier", text, StringComparison.Ordinal);
        Assert.Contains(server.Log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Catalogue_point_shows_its_text_as_candidates_read_it()
    {
        using var client = server.Client();

        var (_, document) = await client.GetPage("/Catalogue/Point?id=O-6.4");

        var clause = document.QuerySelector(".clause")!;
        Assert.DoesNotContain("{{", clause.TextContent, StringComparison.Ordinal);
        var parameter = clause.QuerySelector("span.parameter")!;
        // The catalogue's default gets the annex's typography; a value the buyer typed would be shown as typed.
        Assert.Equal("l’établissement", parameter.TextContent);
        Assert.Contains("establishment", parameter.GetAttribute("title"), StringComparison.Ordinal);
        Assert.True(clause.QuerySelectorAll("li").Length >= 4);
    }

    [Fact]
    public async Task Unknown_catalogue_point_is_a_404()
    {
        using var client = server.Client();

        var (response, _) = await client.GetPage("/Catalogue/Point?id=O-99.99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
