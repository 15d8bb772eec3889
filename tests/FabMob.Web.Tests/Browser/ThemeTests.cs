using FabMob.Web.Theme;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// The association's palette, typeface and logo as chromium renders them: axe-core finds no WCAG 2.1 A or AA
/// violation in light and dark mode, the text colours are the derived ones, Open Sans comes from the site.
/// </summary>
[Trait("Category", "Browser")]
[Collection(ThemedDesignSiteGroup.Name)]
public sealed class ThemeTests(ThemedDesignSite site, ITestOutputHelper output)
{
    private static readonly string[] Paths = ["/", "/blog/genese", "/blog"];
    private static readonly string[] Schemes = ["clair", "sombre"];

    public static IEnumerable<object[]> Cases =>
        from path in Paths
        from scheme in Schemes
        select new object[] { path, scheme };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_wcag_violation_in_the_association_s_colours(string path, string scheme)
    {
        var page = await site.NewPageAsync(scheme == "sombre" ? ColorScheme.Dark : ColorScheme.Light, injectScripts: true);
        await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WriteScreenshotAsync(page, path, scheme);

        var report = await Axe.CheckAsync(page);
        output.WriteLine($"axe-core {report.Version}, {path}, {scheme} : {report.Violations.Count} violation(s), " +
                         $"{report.Incomplete.Count} vérification(s) à revoir");

        Assert.True(report.Violations.Count == 0, $"{path} ({scheme}) :{Environment.NewLine}{string.Join(Environment.NewLine, report.Violations)}");
        Assert.Contains("color-contrast", report.Passes);
        Assert.Contains("image-alt", report.Passes);
        Assert.Contains("link-name", report.Passes);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("clair")]
    [InlineData("sombre")]
    public async Task The_header_has_the_brand_colour_text_that_reads_on_it_and_the_logo_beside_the_name(string scheme)
    {
        var page = await site.NewPageAsync(scheme == "sombre" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.Url("/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        var colors = await page.EvaluateAsync<string[]>("""
            () => {
              const header = getComputedStyle(document.querySelector('header.entete'));
              const brand = getComputedStyle(document.querySelector('.marque'));
              const link = getComputedStyle(document.querySelector('main a:not(.bouton)'));
              const body = getComputedStyle(document.body);
              return [header.backgroundColor, brand.color, link.color, body.backgroundColor];
            }
            """);
        var logo = page.Locator("header .marque img.marque__logo");
        var (logoBox, nameBox) = (await logo.BoundingBoxAsync(), await page.Locator("header .marque__nom").BoundingBoxAsync());

        if (scheme == "clair")
        {
            Assert.Equal("rgb(94, 184, 224)", colors[0]); // #5eb8e0, the association's blue
        }

        Assert.True(CssColor.Contrast(colors[1], colors[0]) >= 4.5, $"brand {colors[1]} on header {colors[0]}");
        Assert.True(CssColor.Contrast(colors[2], colors[3]) >= 4.5, $"link {colors[2]} on page {colors[3]}");
        Assert.True(await logo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the logo loaded");
        Assert.NotNull(logoBox);
        Assert.NotNull(nameBox);
        Assert.True(logoBox.X + logoBox.Width <= nameBox.X, "the name is beside the logo, on its right");
        Assert.InRange(logoBox.Height, 30, 50);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Open_sans_is_the_typeface_and_every_request_stays_on_the_site()
    {
        var page = await site.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };

        await page.GotoAsync(site.Url("/blog/genese"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("() => document.fonts.ready");

        Assert.StartsWith("\"Open Sans\"", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily"),
            StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Open Sans\"')"));
        lock (requests)
        {
            Assert.Contains(requests, url => url.Contains("/fonts/open-sans-latin-400-normal.woff2", StringComparison.Ordinal));
            Assert.Contains(requests, url => url.Contains(ThemeStylesheet.Path + "?v=", StringComparison.Ordinal));
            Assert.All(requests, url => Assert.StartsWith(site.BaseAddress.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
        }

        await page.Context.CloseAsync();
    }

    private static async Task WriteScreenshotAsync(IPage page, string path, string scheme)
    {
        var name = path switch { "/" => "accueil", "/blog" => "blog", _ => "article" };
        await Screenshots.WriteAsync(page, $"theme-association-{name}{(scheme == "sombre" ? "-sombre" : "")}");
    }
}
