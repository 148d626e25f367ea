using Microsoft.AspNetCore.Builder;

namespace Clausier.Web.Tests.Fixtures;

/// <summary>The real application, which a test can stop and start again on the same port, as a buyer restarting <c>clausier serve</c> would.</summary>
public sealed class RestartableServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync() => await Start(WebServerFixture.TestOptions);

    /// <summary>Stops the server and starts a new one on the same address: new process state, new keys.</summary>
    public async Task Restart()
    {
        await Stop();
        await Start(WebServerFixture.TestOptions with { Port = BaseAddress.Port });
    }

    private async Task Start(WebServerOptions options)
    {
        _app = ClausierWebApp.Build(options);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    private async Task Stop()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public Task DisposeAsync() => Stop();
}
