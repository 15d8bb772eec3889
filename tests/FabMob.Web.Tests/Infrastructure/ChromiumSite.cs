using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// The base of the browser test fixtures: the site on real Kestrel (a free loopback port) and Debian's
/// chromium, headless, driven by Playwright, launched with the same arguments and the same generous waits
/// (a busy machine is slow, never wrong).
/// </summary>
public abstract class ChromiumSite : IAsyncLifetime, IDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long actions, navigations and expectations may take, in milliseconds.</summary>
    public const float Timeout = 30_000;

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly TempSite? _content;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <param name="factory">The application to serve.</param>
    /// <param name="content">The private content copy it serves, if any: deleted with the fixture.</param>
    protected ChromiumSite(SiteFactory factory, TempSite? content = null)
    {
        Factory = factory;
        _content = content;
    }

    public Uri BaseAddress { get; private set; } = null!;

    protected SiteFactory Factory { get; }

    /// <summary>The absolute address of a site path, encoded as the browser shows it (<c>/%C3%A0-propos</c>).</summary>
    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    public async Task InitializeAsync()
    {
        await ChromiumInstaller.Debian.EnsureInstalledAsync();

        BaseAddress = Factory.StartOnLoopback();
        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A fresh context (French unless the options say otherwise) with the generous waits.</summary>
    protected async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.Locale ??= "fr-FR";
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return context;
    }

    /// <summary>
    /// Waits until the page shows <paramref name="url"/> (the whole address, as the browser encodes it). It polls
    /// the address rather than waiting for a navigation event after the click or key press, so it cannot miss a
    /// navigation that ended before the wait began, which happened on a busy machine.
    /// </summary>
    public static Task ArriveAtAsync(IPage page, string url) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(url) + "$"),
            new PageAssertionsToHaveURLOptions { Timeout = Timeout });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
        _content?.Dispose();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Factory.Dispose();
        }
    }
}
