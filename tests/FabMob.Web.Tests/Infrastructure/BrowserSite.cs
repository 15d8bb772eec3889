using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// The site on real Kestrel (a loopback port) and Debian's chromium driven by Playwright: what a
/// visitor's browser sees. Serves the repository's own content/.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly SiteFactory _factory = new(contentPath: null);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: the browser tests need Debian's chromium (apt-get install -y chromium).");
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page at a desktop or phone size that may only reach the site itself.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "fr-FR",
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();
}
