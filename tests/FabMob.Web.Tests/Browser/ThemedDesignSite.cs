using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// The design site (<see cref="DesignSite"/>'s content) dressed in the association's identity: its palette, Open Sans
/// and a logo in the content tree, as <c>docs/exemples/fabmob.io/</c> configures it.
/// </summary>
public sealed class ThemedDesignSite : ChromiumSite
{
    public const string LogoPath = "/images/fabmob_cmjn1.svg";

    /// <summary><c>Site:Theme</c> with the association's colours by role.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Site:Theme:Primary"] = "#5eb8e0",
        ["Site:Theme:Secondary"] = "#97b837",
        ["Site:Theme:Accent"] = "#ffe000",
        ["Site:Theme:Highlight"] = "#d2ce00",
        ["Site:Theme:Pale"] = "#9dcdd7",
        ["Site:Theme:Font"] = "open-sans",
        ["Site:Theme:Logo"] = LogoPath,
    };

    // A stand-in for the association's logo: a wide SVG with its own size, as a logo file has.
    private const string Logo = """
        <svg xmlns="http://www.w3.org/2000/svg" width="160" height="64" viewBox="0 0 160 64">
          <rect width="160" height="64" rx="8" fill="#ffffff"/>
          <circle cx="32" cy="32" r="20" fill="#97b837"/>
          <rect x="60" y="20" width="84" height="24" rx="4" fill="#5eb8e0"/>
        </svg>
        """;

    public ThemedDesignSite()
        : this(WithLogo(DesignSite.CopyContent()))
    {
    }

    private ThemedDesignSite(TempSite content)
        : base(new SiteFactory(content.Root, "Production", Settings), content)
    {
    }

    /// <summary>A fresh page in light or dark mode; <paramref name="injectScripts"/> lets axe-core in despite the CSP.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light, int width = Viewports.DesktopWidth, bool injectScripts = false)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = Viewports.DesktopHeight },
            ColorScheme = scheme,
            BypassCSP = injectScripts,
        });
        return await context.NewPageAsync();
    }

    private static TempSite WithLogo(TempSite content)
    {
        content.Write(LogoPath.TrimStart('/'), Logo);
        return content;
    }
}
