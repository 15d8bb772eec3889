using FabMob.Web.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.DataPages;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on the data pages and the home's sections, in light and dark mode.</summary>
[Trait("Category", "Browser")]
public sealed class DataPagesAccessibilityTests(DataPagesBrowserSite site, ITestOutputHelper output) : IClassFixture<DataPagesBrowserSite>
{
    private static readonly string[] Paths =
    [
        "/", "/à-propos/nous", "/à-propos/adherents_et_partenaires/partenaires", "/activités/événements",
        "/activités/communs", "/activités/publications", "/participer/mecenat", "/participer/mecenat?commun=Inconnu", "/outils",
    ];

    private static readonly string[] Schemes = ["clair", "sombre"];

    public static IEnumerable<object[]> Cases =>
        from path in Paths
        from scheme in Schemes
        select new object[] { path, scheme };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Axe_finds_no_wcag_violation(string path, string scheme)
    {
        var page = await site.NewPageAsync(scheme == "sombre" ? ColorScheme.Dark : ColorScheme.Light);

        var response = await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        var report = await Axe.CheckAsync(page);
        output.WriteLine($"{path}, {scheme} : {report.Violations.Count} violation(s)");

        Assert.True(report.Violations.Count == 0, $"{path} ({scheme}) :{Environment.NewLine}{string.Join(Environment.NewLine, report.Violations)}");
        Assert.Contains("color-contrast", report.Passes);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_filter_form_filters_in_a_browser_without_javascript()
    {
        var page = await site.NewPageAsync(ColorScheme.Light, javaScript: false);
        await page.GotoAsync(site.Url("/participer/mecenat"));

        await page.SelectOptionAsync("#filtre-poste", "Design");
        await page.ClickAsync("form.filtres button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("poste=Design", StringComparison.Ordinal));

        Assert.Equal(["mission-libre"], await page.Locator("li.mission").EvaluateAllAsync<string[]>("items => items.map(i => i.id)"));
        Assert.Equal("Design", await page.Locator("#filtre-poste").InputValueAsync());
        await page.Context.CloseAsync();
    }
}
