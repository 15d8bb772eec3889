using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests;

/// <summary>What a visitor does, in Debian's chromium against the site on Kestrel.</summary>
[Trait("Category", "Browser")]
public sealed class BrowserJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 740)]
    public async Task A_visitor_reads_the_about_page_then_follows_the_menu_to_working_together(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);

        var response = await page.GotoAsync(site.Url("/%C3%A0-propos"));
        Assert.Equal(200, response!.Status);
        Assert.Equal("À propos", (await page.Locator("main h1").TextContentAsync())?.Trim());
        Assert.Equal("Qu'est-ce que la FabMob · La Fabrique des Mobilités", await page.TitleAsync());

        var menuLink = page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })
            .GetByRole(AriaRole.Link, new() { Name = "Travailler ensemble" });
        Assert.True(await menuLink.IsVisibleAsync(), "the menu link is visible without any script");
        await menuLink.ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/à-propos/travailler"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Travailler ensemble");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_join_button_of_the_seed_page_is_a_real_link_to_helloasso()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/%C3%A0-propos"));

        var join = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Adhérez !" });
        Assert.Equal(1, await join.CountAsync());
        Assert.StartsWith("https://www.helloasso.com/associations/la-fabrique-des-mobilites/",
            await join.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("button").CountAsync());
        await page.Context.CloseAsync();
    }
}
