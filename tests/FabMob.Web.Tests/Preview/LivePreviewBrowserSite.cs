using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Preview;

/// <summary>
/// The site in Development on real Kestrel, serving a private copy of <c>Fixtures/site</c> that tests
/// edit, with Debian's chromium driven by Playwright: an editor's browser during a live preview.
/// </summary>
public sealed class LivePreviewBrowserSite : IAsyncLifetime, IDisposable
{
    private readonly SiteFactory _factory;
    private IPlaywright? _playwright;

    public LivePreviewBrowserSite()
    {
        Content = TempSite.FromFixture();
        _factory = new SiteFactory(Content.Root, "Development");
    }

    public TempSite Content { get; }
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserSite.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"{BrowserSite.ChromiumPath} is missing: the browser tests need Debian's chromium (apt-get install -y chromium).");
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSite.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
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
        Content.Dispose();
    }

    public void Dispose() => _factory.Dispose();
}
