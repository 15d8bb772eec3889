using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Editing.Screens;

/// <summary>The editor's site (<see cref="ScreensSite"/>: a real clone of a bare remote) on Kestrel, with Debian's chromium.</summary>
public sealed class EditorBrowserSite : ChromiumSite
{
    public EditorBrowserSite() : this(new ScreensSite())
    {
    }

    private EditorBrowserSite(ScreensSite screens) : base(screens.Factory) => Screens = screens;

    public ScreensSite Screens { get; }

    public async Task<IPage> NewPageAsync()
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Screens.Dispose();
        }
    }
}
