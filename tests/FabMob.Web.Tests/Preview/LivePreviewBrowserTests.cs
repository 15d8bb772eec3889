using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Preview;

/// <summary>An editor keeps a page open in chromium, edits its file, and sees the page change by itself.</summary>
[Trait("Category", "Browser")]
public sealed class LivePreviewBrowserTests(LivePreviewBrowserSite site, ITestOutputHelper output)
    : IClassFixture<LivePreviewBrowserSite>
{
    [Fact]
    public async Task An_open_page_reloads_itself_after_an_edit_and_shows_a_build_error()
    {
        var page = await site.NewPageAsync();
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await page.GotoAsync(site.Url("/sans-en-tete"));
        await page.Locator("html[data-apercu='connecté']").WaitForAsync();
        var errorsBefore = await page.Locator("#apercu-erreurs li").CountAsync();
        Assert.True(await page.Locator("#apercu-erreurs").IsVisibleAsync(), "the fixture's broken files are listed");
        Assert.Equal(0, await page.GetByText("Modifiée pendant l'aperçu").CountAsync());

        // The editor saves the page's file; the test never navigates.
        var clock = Stopwatch.StartNew();
        site.Content.Write("sans-en-tete.md", "# Sans en-tête\n\nModifiée pendant l'aperçu.\n");
        await page.Locator("main").GetByText("Modifiée pendant l'aperçu").WaitForAsync();
        clock.Stop();
        output.WriteLine($"file saved to page showing the edit: {clock.ElapsedMilliseconds} ms");
        Assert.True(navigations >= 2, "the page reloaded itself");

        // A broken front matter: the page keeps its last good version and lists the new error, in French.
        site.Content.Write("sans-en-tete.md", "---\ntitre: [jamais fermé\n---\n\nVersion cassée.\n");
        var listed = page.Locator("#apercu-erreurs li", new() { HasText = "sans-en-tete.md:" });
        await listed.WaitForAsync();
        Assert.Contains("YAML invalide", await listed.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(errorsBefore + 1, await page.Locator("#apercu-erreurs li").CountAsync());
        Assert.Equal(0, await page.GetByText("Version cassée").CountAsync());
        Assert.Equal(1, await page.Locator("main").GetByText("Modifiée pendant l'aperçu").CountAsync());
        // Set out as a panel over the page by the script (no inline style in the markup).
        Assert.Equal("fixed", await page.Locator("#apercu-erreurs").EvaluateAsync<string>("e => getComputedStyle(e).position"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Masquer" }).ClickAsync();
        Assert.False(await page.Locator("#apercu-erreurs").IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
