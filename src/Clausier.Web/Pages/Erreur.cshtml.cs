using Clausier.Web.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clausier.Web.Pages;

/// <summary>
/// The one error page, in French, for status codes and for unhandled exceptions (logged by the exception
/// handler middleware; the buyer never sees a stack trace). It answers any method, without anti-forgery,
/// because the failed request is re-executed here as it came.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErreurModel(WebServerOptions options) : PageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    /// <summary>
    /// A refused post (most often a token from before a restart of the server): the page carries a fresh
    /// token, and the script posts the buyer's fields again with it (site.js keeps them until then).
    /// </summary>
    public bool CanResubmit { get; private set; }

    // No bound parameters: binding would read the body of the refused request again.
    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Code = exception is not null ? StatusCodes.Status500InternalServerError
            : reExecuted?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        (Heading, Explanation) = ErrorTexts.For(Code, options);
        Response.StatusCode = Code;
        CanResubmit = Code == StatusCodes.Status400BadRequest && HttpMethods.IsPost(Request.Method);
    }
}
