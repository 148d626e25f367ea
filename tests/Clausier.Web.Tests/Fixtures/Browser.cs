using Microsoft.Playwright;

namespace Clausier.Web.Tests.Fixtures;

/// <summary>
/// Debian's chromium driven by Playwright: never a browser of Playwright's own (the network is closed
/// and CI installs the distribution package), headless, as root, with no background traffic.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Instance { get; private set; }

    public static bool Available => File.Exists(ExecutablePath);

    /// <summary>Where the E2E run leaves a full-page picture of each main page.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        // CI runs every test project at once on two cores: generous waits, so that load is not a failure.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <param name="width">1366 for a laptop, 390 for a phone.</param>
    /// <param name="bypassCsp">For the accessibility check only: axe-core is injected as an inline script, which the page's policy forbids.</param>
    public async Task<IPage> NewPage(Uri baseAddress, int width = 1366, bool bypassCsp = false)
    {
        var context = await Instance!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            AcceptDownloads = true,
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 768 },
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
