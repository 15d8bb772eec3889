using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.DataPages;

/// <summary>The association's data pages on real Kestrel, seen by Debian's chromium (axe-core injected past the CSP).</summary>
public sealed class DataPagesBrowserSite() : ChromiumSite(Create(out var content), content)
{
    private static SiteFactory Create(out TempSite content)
    {
        content = AssociationDataSite.Write(TempSite.Empty());
        return new SiteFactory(content.Root, "Production", AssociationDataSite.Settings());
    }

    /// <summary>A fresh desktop page in its own context; <paramref name="javaScript"/> false shows what a visitor without scripts gets.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme scheme, bool javaScript = true)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = scheme,
            BypassCSP = true,
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }
}
