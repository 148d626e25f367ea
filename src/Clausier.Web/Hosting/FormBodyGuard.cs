using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Clausier.Web.Hosting;

/// <summary>
/// Reads the body of every POST before the pages see it, so that a request over the size limits gets
/// 413 and one that is not a form gets 415, each with the French error page. Left to model binding and
/// anti-forgery, both would surface as a vague 400.
/// </summary>
internal sealed partial class FormBodyGuard(RequestDelegate next, WebServerOptions options, ILogger<FormBodyGuard> logger)
{
    /// <summary>Bodies up to this many times the limit are read and dropped, so the browser gets the French page rather than a reset connection.</summary>
    private const int DrainFactor = 4;

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page is reached by re-executing the refused request: let it through untouched.
        if (!HttpMethods.IsPost(context.Request.Method) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            LogRefused(logger, context.Request.Path, StatusCodes.Status415UnsupportedMediaType, context.Request.ContentType ?? "none");
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        if (context.Request.ContentLength is { } length && length > options.MaxRequestBytes)
        {
            LogRefused(logger, context.Request.Path, StatusCodes.Status413PayloadTooLarge, $"body of {length} bytes");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Drain(context, length);
            return;
        }

        var status = await ReadForm(context);
        if (status is { } refused)
        {
            context.Response.StatusCode = refused;
            return;
        }

        await next(context);
    }

    private async Task Drain(HttpContext context, long length)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (length > options.MaxRequestBytes * DrainFactor || limit is null || limit.IsReadOnly)
        {
            return; // Kestrel closes the connection after the response
        }

        limit.MaxRequestBodySize = length;
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            LogRefused(logger, context.Request.Path, StatusCodes.Status413PayloadTooLarge, "client stopped sending");
        }
    }

    private async Task<int?> ReadForm(HttpContext context)
    {
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException ex)
        {
            LogRefused(logger, context.Request.Path, ex.StatusCode, ex.Message);
            return ex.StatusCode;
        }
        catch (InvalidDataException ex)
        {
            // FormOptions limits (one file too large, too many parts) and malformed multipart bodies.
            var status = ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest;
            LogRefused(logger, context.Request.Path, status, ex.Message);
            return status;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused POST {Path} with status {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, int status, string reason);
}
