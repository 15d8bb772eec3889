using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Preview;

/// <summary>
/// The site in Development on real Kestrel, serving a private copy of <c>Fixtures/site</c> that tests
/// edit, with Debian's chromium driven by Playwright: an editor's browser during a live preview.
/// </summary>
public sealed class LivePreviewBrowserSite : ChromiumSite
{
    public LivePreviewBrowserSite()
        : this(TempSite.FromFixture())
    {
    }

    private LivePreviewBrowserSite(TempSite content)
        : base(new SiteFactory(content.Root, "Development"), content) => Content = content;

    public TempSite Content { get; }

    public async Task<IPage> NewPageAsync()
    {
        var context = await NewContextAsync();
        return await context.NewPageAsync();
    }
}
