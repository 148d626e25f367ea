using Clausier.Core.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Services;

/// <summary>What the error page tells the buyer for each status code, in French (<see cref="MessageCatalogue"/>, keys <c>http-NNN</c>).</summary>
public static class ErrorTexts
{
    public static (string Heading, string Explanation) For(int code, WebServerOptions options)
    {
        var (heading, explanation) = code switch
        {
            StatusCodes.Status400BadRequest => (MessageCatalogue.Format("http-400"), MessageCatalogue.Format("http-400.explanation")),
            StatusCodes.Status404NotFound => (MessageCatalogue.Format("http-404"), MessageCatalogue.Format("http-404.explanation")),
            StatusCodes.Status405MethodNotAllowed => (MessageCatalogue.Format("http-405"), MessageCatalogue.Format("http-405.explanation")),
            StatusCodes.Status413PayloadTooLarge => (MessageCatalogue.Format("http-413"), MessageCatalogue.Format("http-413.explanation",
                Size(options.MaxFileBytes), Size(options.MaxRequestBytes), options.MaxFiles)),
            StatusCodes.Status415UnsupportedMediaType => (MessageCatalogue.Format("http-415"), MessageCatalogue.Format("http-415.explanation")),
            _ => (MessageCatalogue.Format("http-500"), MessageCatalogue.Format("http-500.explanation")),
        };
        return (heading.French, explanation.French);
    }

    /// <summary>A size limit as a person reads it: megabytes, or kilobytes under one megabyte.</summary>
    public static MessageText Size(long bytes) =>
        bytes >= 1024 * 1024 ? MessageCatalogue.Format("size.megabytes", bytes / (1024 * 1024)) : MessageCatalogue.Format("size.kilobytes", bytes / 1024);

    /// <summary>The size in French, for the pages' hints.</summary>
    public static string Megabytes(long bytes) => Size(bytes).French;
}
