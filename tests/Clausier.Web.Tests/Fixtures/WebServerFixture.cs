using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Clausier.Web.Tests.Fixtures;

/// <summary>
/// The real application on Kestrel, 127.0.0.1 and a free port, with small upload limits so the limit
/// tests send little; shared by the request-level and browser tests of one class.
/// </summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public static readonly WebServerOptions TestOptions = WebServerOptions.Default with
    {
        Port = 0,
        MaxFiles = 5,
        MaxFileBytes = 2L * 1024 * 1024,
        MaxRequestBytes = 6L * 1024 * 1024,
        MaxTenderYamlBytes = 64 * 1024,
    };

    public const string FailingPath = "/test/panne";

    private WebApplication? _app;

    public LogSink Log { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = ClausierWebApp.Build(TestOptions, logging => logging.AddProvider(Log));

        // A bug stands in for any unhandled exception, to check what the buyer sees and what is logged.
        _app.MapGet(FailingPath, string () => throw new InvalidOperationException("simulated bug with a secret path /etc/clausier"));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    public PageClient Client() => new(BaseAddress);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
