using Clausier.Web.Hosting;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clausier.Web;

/// <summary>
/// The web application behind <c>clausier serve</c>: Razor Pages over the same libraries as the command
/// line, nothing stored on disk, every request self-contained (docs/serve.md).
/// </summary>
public static class ClausierWebApp
{
    /// <param name="logging">Adds log providers (tests capture the log); console logging is always on.</param>
    public static WebApplication Build(WebServerOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ClausierWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,

            // Production whatever ASPNETCORE_ENVIRONMENT says: the development exception page shows stack traces.
            EnvironmentName = Environments.Production,
        });
        ConfigureLogging(builder.Logging, logging);
        ConfigureKestrel(builder.WebHost, options);
        ConfigureServices(builder.Services, options);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, Action<ILoggingBuilder>? extra)
    {
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        extra?.Invoke(logging);
    }

    private static void ConfigureKestrel(IWebHostBuilder host, WebServerOptions options) =>
        host.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Host, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });

    private static void ConfigureServices(IServiceCollection services, WebServerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ => Workbench.Load(options));

        // Keys live in memory only: nothing is written under the user's profile, and a restart simply
        // asks the buyer to reload the page.
        services.AddDataProtection().SetApplicationName("Clausier.Web").UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "clausier-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__jeton";
        });
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxFileBytes;

            // Each uploaded file stays in memory up to the per-file limit: nothing is buffered to a temp file.
            form.MemoryBufferThreshold = (int)Math.Min(int.MaxValue, options.MaxFileBytes);
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            form.ValueCountLimit = options.MaxFiles + 256;
        });
        services.AddRazorPages(pages => pages.RootDirectory = "/Pages")
            .AddApplicationPart(typeof(ClausierWebApp).Assembly)
            .AddMvcOptions(mvc => FrenchBindingMessages.Apply(mvc.ModelBindingMessageProvider));
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler("/Erreur");
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/Erreur", "?code={0}");
        app.UseStaticFiles(EmbeddedAssets.Options());
        app.UseMiddleware<FormBodyGuard>();
        app.MapRazorPages();
        _ = app.Services.GetRequiredService<Workbench>(); // fail at start, not on the first page, when the catalogue is broken
    }
}
