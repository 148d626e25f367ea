using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Clausier.Web.Tests.Fixtures;

/// <summary>An HTTP client that behaves like a browser for forms: keeps cookies and sends the anti-forgery token of the page it loaded.</summary>
public sealed class PageClient : IDisposable
{
    public const string TokenField = "__jeton";

    private readonly HttpClient _http;

    public PageClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Http => _http;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPage(string path)
    {
        var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await Parse(response));
    }

    /// <summary>Loads <paramref name="page"/> for its token and cookie, then posts the fields to <paramref name="handler"/>.</summary>
    public async Task<HttpResponseMessage> PostForm(string page, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await Token(page);
        var content = new FormUrlEncodedContent(fields.Append(new(TokenField, token)));
        return await _http.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> PostFiles(string page, string handler, string field, IEnumerable<(string Name, byte[] Content)> files)
    {
        var token = await Token(page);
        using var content = new MultipartFormDataContent { { new StringContent(token), TokenField } };
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, name);
        }

        return await _http.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), content);
    }

    /// <summary>A multipart form with files under several fields and plain text fields.</summary>
    public async Task<HttpResponseMessage> PostParts(string page, string handler, IEnumerable<(string Field, string Name, byte[] Content)> files, IEnumerable<(string Field, string Value)> fields)
    {
        var token = await Token(page);
        using var content = new MultipartFormDataContent { { new StringContent(token), TokenField } };
        foreach (var (field, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, name);
        }

        foreach (var (field, value) in fields)
        {
            content.Add(new StringContent(value), field);
        }

        return await _http.PostAsync(new Uri($"{page}?handler={handler}", UriKind.Relative), content);
    }

    /// <summary>Files under several field names in one form, e.g. one annex and several previous answers.</summary>
    public Task<HttpResponseMessage> PostFiles(string page, string handler, IEnumerable<(string Field, string Name, byte[] Content)> files) =>
        PostParts(page, handler, files, []);

    public async Task<string> Token(string page)
    {
        var (_, document) = await GetPage(page);
        return document.QuerySelector<IHtmlInputElement>($"input[name={TokenField}]")?.Value
            ?? throw new InvalidOperationException($"{page} has no anti-forgery token");
    }

    public static async Task<IHtmlDocument> Parse(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public void Dispose() => _http.Dispose();
}
