using Microsoft.Playwright;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// The site on real Kestrel (a loopback port) and Debian's chromium driven by Playwright: what a
/// visitor's browser sees. Serves the repository's own content/.
/// </summary>
public sealed class BrowserSite() : ChromiumSite(new SiteFactory(contentPath: null))
{
    /// <summary>A fresh page at a desktop or phone size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        return await context.NewPageAsync();
    }
}
