using System.Collections.Concurrent;
using FabMob.Web.Configuration;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// The site in Production on real Kestrel (a loopback port), serving <c>Fixtures/collections</c> (articles,
/// tags, data pages) plus the association's founding pages from the repository's <c>content/</c>, with
/// Debian's chromium driven by Playwright. Every request a page makes to another host is refused and
/// recorded, so tests can show that a page load stays on the site.
/// </summary>
public sealed class DesignSite : ChromiumSite
{
    private static readonly string[] SeedPages = ["à-propos.md", Path.Combine("à-propos", "travailler.md")];

    private readonly ConcurrentQueue<string> _foreignRequests = new();

    public DesignSite()
        : this(CopyContent())
    {
    }

    private DesignSite(TempSite content)
        : base(new SiteFactory(content.Root, "Production"), content) => Content = content;

    /// <summary>The repository's top folder (where <c>FabMob.sln</c>, <c>content/</c> and <c>docs/</c> are).</summary>
    public static string RepositoryRoot =>
        RepositoryLayout.RepositoryRoot ?? throw new InvalidOperationException("The repository root is not recorded in FabMob.Web.");

    public TempSite Content { get; }

    /// <summary>Addresses on other hosts that pages tried to load (refused).</summary>
    public IReadOnlyCollection<string> ForeignRequests => _foreignRequests;

    /// <summary>The site's configuration as the running application sees it (membership and newsletter addresses, menu).</summary>
    public SiteOptions Options => Factory.Services.GetRequiredService<IOptions<SiteOptions>>().Value;

    /// <summary>
    /// A fresh page in its own context, at a given width, in light or dark mode. <paramref name="javaScript"/>
    /// false shows what a visitor without scripts gets; <paramref name="injectScripts"/> lets a test add a
    /// script of its own (axe-core) even where the site's Content-Security-Policy forbids inline scripts.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = Viewports.DesktopWidth, ColorScheme scheme = ColorScheme.Light,
        bool javaScript = true, bool injectScripts = false)
    {
        var phone = width < 600;
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = phone ? Viewports.PhoneHeight : Viewports.DesktopHeight },
            ColorScheme = scheme,
            IsMobile = phone,
            HasTouch = phone,
            JavaScriptEnabled = javaScript,
            BypassCSP = injectScripts,
        });
        await context.RouteAsync(url => !IsSite(url), async route =>
        {
            _foreignRequests.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        return await context.NewPageAsync();
    }

    /// <summary>Whether an address is on the site under test.</summary>
    public bool IsSite(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme is "data" or "blob" or "about" ||
         (uri.Host == BaseAddress.Host && uri.Port == BaseAddress.Port));

    /// <summary>A private copy of <c>Fixtures/collections</c> with the association's founding pages added.</summary>
    internal static TempSite CopyContent()
    {
        var content = TempSite.FromFixture("collections");
        var repositoryContent = Path.Combine(RepositoryRoot, "content");
        foreach (var seed in SeedPages)
        {
            var target = content.PathOf(seed);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(repositoryContent, seed), target);
        }

        return content;
    }
}
