using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace Clausier.Web.Hosting;

/// <summary>
/// The stylesheet and script, served from resources embedded in this assembly under <c>/static/</c>:
/// nothing to copy beside the tool, and the same files in the .NET tool and the single-file executable.
/// </summary>
internal static class EmbeddedAssets
{
    public const string RequestPath = "/static";

    public static StaticFileOptions Options() => new()
    {
        FileProvider = new EmbeddedFileProvider(typeof(EmbeddedAssets).Assembly, "Clausier.Web.Assets"),
        RequestPath = RequestPath,
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
    };
}
