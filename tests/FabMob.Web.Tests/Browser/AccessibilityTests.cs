using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// axe-core finds no WCAG 2.1 A or AA violation on any kind of page, in light and dark mode, on a
/// desktop and on a phone. With <c>FABMOB_SCREENSHOTS=1</c>, the same visits write <c>docs/screenshots/</c>.
/// </summary>
[Trait("Category", "Browser")]
[Collection(DesignSiteGroup.Name)]
public sealed class AccessibilityTests(DesignSite site, ITestOutputHelper output)
{
    private static readonly int[] Widths = [Viewports.DesktopWidth, Viewports.PhoneWidth];
    private static readonly string[] Schemes = ["clair", "sombre"];

    public static IEnumerable<object[]> Cases =>
        from page in PageTypes.All
        from width in Widths
        from scheme in Schemes
        select new object[] { page.Name, width, scheme };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_wcag_violation(string pageType, int width, string scheme)
    {
        var (_, path, status) = PageTypes.Named(pageType);
        var page = await site.NewPageAsync(width, scheme == "sombre" ? ColorScheme.Dark : ColorScheme.Light, injectScripts: true);

        var response = await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(status, response!.Status);
        await WriteScreenshotAsync(page, pageType, width, scheme);

        var report = await Axe.CheckAsync(page);
        output.WriteLine($"axe-core {report.Version}, {path}, {width} px, {scheme} : {report.Violations.Count} violation(s), " +
                         $"{report.Incomplete.Count} vérification(s) à revoir");
        foreach (var finding in report.Incomplete)
        {
            output.WriteLine("à revoir : " + finding);
        }

        Assert.True(report.Violations.Count == 0,
            $"{path} ({width} px, {scheme}) :{Environment.NewLine}{string.Join(Environment.NewLine, report.Violations)}");
        // The rules that matter most here did run and pass, rather than finding nothing to check.
        Assert.Contains("color-contrast", report.Passes);
        Assert.Contains("document-title", report.Passes);
        Assert.Contains("html-lang-valid", report.Passes);
        Assert.Contains("link-name", report.Passes);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Axe_reports_the_faults_of_a_page_that_has_them()
    {
        var page = await site.NewPageAsync(injectScripts: true);
        await page.GotoAsync(site.Url("/cette-page-n-existe-pas"));
        // The site's 404 page, spoiled on purpose: a link with no name, an image with no text
        // alternative, pale text on white, and no language.
        await page.EvaluateAsync("""
            () => {
              document.documentElement.removeAttribute('lang');
              const main = document.querySelector('main');
              const link = document.createElement('a');
              link.href = '/ailleurs';
              main.append(link);
              const image = document.createElement('img');
              image.src = '/favicon.svg';
              main.append(image);
              const pale = document.createElement('p');
              pale.textContent = 'Texte trop pâle';
              pale.style.color = '#d0d0d0';
              pale.style.background = '#ffffff';
              main.append(pale);
            }
            """);

        var report = await Axe.CheckAsync(page);

        var rules = report.Violations.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", rules);
        Assert.Contains("link-name", rules);
        Assert.Contains("image-alt", rules);
        Assert.Contains("color-contrast", rules);
        await page.Context.CloseAsync();
    }

    // Every page type at both widths in light mode; the home page and an article in dark mode too.
    private static async Task WriteScreenshotAsync(IPage page, string pageType, int width, string scheme)
    {
        var device = width == Viewports.PhoneWidth ? "telephone" : "bureau";
        if (scheme == "clair")
        {
            await Screenshots.WriteAsync(page, $"{pageType}-{device}");
        }
        else if (pageType is "accueil" or "article")
        {
            await Screenshots.WriteAsync(page, $"{pageType}-{device}-sombre");
        }
    }
}
