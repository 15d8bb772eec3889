using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// Screenshots of the pages for <c>docs/screenshots/</c>, written only when <c>FABMOB_SCREENSHOTS=1</c>
/// (see <c>docs/screenshots/README.md</c>), so that an ordinary test run leaves the tree as it was.
/// </summary>
public static class Screenshots
{
    public const string Variable = "FABMOB_SCREENSHOTS";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) is "1" or "true";

    public static string Folder => Path.Combine(DesignSite.RepositoryRoot, "docs", "screenshots");

    /// <summary>Writes the visible part of the page (one screen high) as <c>docs/screenshots/{name}.png</c>, when enabled.</summary>
    public static async Task WriteAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!Enabled)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Folder, name + ".png"),
            FullPage = false,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
    }
}
