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

        // Keys live in memory only: nothing is written under the user's profile. After a restart the
        // page posts the buyer's fields again with a fresh token (site.js, the error page).
        services.AddDataProtection().SetApplicationName("Clausier.Web").UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "clausier-antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__jeton";
        });
        services.Configure<FormOptions>(form =>
        {
            // A file over the per-file limit is still read, so that the page names it and reads the others
            // (Answers/AnnexUpload.cs); the whole body stays within the request limit.
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;

            // Every uploaded file stays in memory: nothing is buffered to a temp file.
            form.MemoryBufferThreshold = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            form.ValueCountLimit = options.MaxFiles + 256;
        });
        services.AddRazorPages(pages => pages.RootDirectory = "/Pages")
            .AddApplicationPart(typeof(ClausierWebApp).Assembly)
            .AddMvcOptions(mvc => FrenchBindingMessages.Apply(mvc.ModelBindingMessageProvider))
            .AddDataAnnotationsLocalization(localization => localization.DataAnnotationLocalizerProvider = (_, _) => CatalogueLocalizer.Instance);

        // The data protection hosted service would create the key ring of the default provider at start,
        // writing a key file under ~/.aspnet and warning that it is unencrypted, although every token is
        // protected by the ephemeral provider above: it has nothing to do here.
        foreach (var keyRingStart in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(keyRingStart);
        }
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler("/Erreur");
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute("/Erreur", "?code={0}");
        app.UseStaticFiles(EmbeddedAssets.Options());
        app.MapGet("/favicon.ico", () => Results.Redirect(EmbeddedAssets.RequestPath + "/favicon.svg", permanent: true));
        app.UseMiddleware<FormBodyGuard>();
        app.MapRazorPages();
        _ = app.Services.GetRequiredService<Workbench>(); // fail at start, not on the first page, when the catalogue is broken
    }
}
