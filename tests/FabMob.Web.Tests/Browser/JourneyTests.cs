using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// What visitors do, in Debian's chromium against the site on Kestrel (Production). The association's
/// external services (HelloAsso, Mailchimp) are answered by the test, since this machine has no internet:
/// the journey is proven by the address the browser went to.
/// </summary>
[Trait("Category", "Browser")]
[Collection(DesignSiteGroup.Name)]
public sealed class JourneyTests(DesignSite site)
{
    private const string HelloAsso = "https://www.helloasso.com/**";

    [Theory]
    [InlineData(Viewports.DesktopWidth, true)]
    [InlineData(Viewports.PhoneWidth, false)]
    public async Task A_visitor_goes_from_home_to_about_then_to_working_together_through_the_menu(int width, bool javaScript)
    {
        var page = await site.NewPageAsync(width, javaScript: javaScript);
        await page.GotoAsync(site.Url("/"));
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" });
        Assert.Equal("page", await menu.GetByRole(AriaRole.Link, new() { Name = "Accueil", Exact = true }).GetAttributeAsync("aria-current"));

        var about = menu.GetByRole(AriaRole.Link, new() { Name = "À propos", Exact = true });
        await AssertOnScreenAsync(page, about);
        await about.ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/à-propos"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("À propos");
        Assert.Equal("page", await about.GetAttributeAsync("aria-current"));

        var together = menu.GetByRole(AriaRole.Link, new() { Name = "Travailler ensemble", Exact = true });
        await AssertOnScreenAsync(page, together);
        await together.ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/à-propos/travailler"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Travailler ensemble");
        Assert.Equal("page", await together.GetAttributeAsync("aria-current"));
        Assert.Null(await about.GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", "header", "Adhérer")]
    [InlineData("/à-propos", "main", "Adhérez !")]
    [InlineData("/blog", "footer", "Adhérer à l'association")]
    public async Task A_member_follows_a_join_link_to_the_helloasso_form(string path, string region, string label)
    {
        var page = await site.NewPageAsync();
        var answered = await AnswerForAsync(page, HelloAsso, "HelloAsso (simulé)");
        await page.GotoAsync(site.Url(path));

        await page.Locator(region).GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();

        await ChromiumSite.ArriveAtAsync(page, site.Options.MembershipUrl);
        Assert.StartsWith("https://www.helloasso.com/associations/la-fabrique-des-mobilites/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("HelloAsso (simulé)");
        Assert.Equal([site.Options.MembershipUrl], answered);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/", "main", "S'inscrire à la lettre d'information")]
    [InlineData("/blog/genese", "footer", "S'inscrire à la lettre d'information")]
    public async Task A_reader_follows_the_newsletter_link_to_the_mailchimp_form(string path, string region, string label)
    {
        var newsletter = site.Options.NewsletterUrl;
        var page = await site.NewPageAsync();
        var answered = await AnswerForAsync(page, new Uri(newsletter).GetLeftPart(UriPartial.Authority) + "/**", "Mailchimp (simulé)");
        await page.GotoAsync(site.Url(path));

        await page.Locator(region).GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();

        await ChromiumSite.ArriveAtAsync(page, newsletter);
        Assert.StartsWith("https://us12.list-manage.com/subscribe?u=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mailchimp (simulé)");
        Assert.Equal([newsletter], answered);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Viewports.DesktopWidth)]
    [InlineData(Viewports.PhoneWidth)]
    public async Task A_reader_browses_the_blog_a_tag_an_article_and_the_next_article(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.Url("/"));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })
            .GetByRole(AriaRole.Link, new() { Name = "Blog", Exact = true }).ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/blog"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Le blog de test");
        Assert.Equal(6, await page.Locator("main .carte").CountAsync());

        await page.Locator("main .carte__titre").GetByRole(AriaRole.Link, new() { Name = "La genèse de la Fabrique" }).ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/blog/genese"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("La genèse de la Fabrique");

        await page.Locator(".article__pied").GetByRole(AriaRole.Link, new() { Name = "Territoires", Exact = true }).ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/étiquettes/territoires"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Étiquette\u00A0: Territoires");
        // The heading « Étiquette : Territoires » keeps its colon on the same line: a no-break space, which
        // ToHaveTextAsync (whitespace normalised) does not tell from a plain one.
        Assert.Equal("Étiquette\u00A0: Territoires", (await page.Locator("main h1").TextContentAsync())?.Trim());
        var titles = await page.Locator("main .carte__titre").AllTextContentsAsync();
        Assert.Equal(["Aller vers le covoiturage par l'expérimentation", "La genèse de la Fabrique"], titles.Select(t => t.Trim()));

        await page.Locator("main .carte__titre").GetByRole(AriaRole.Link, new() { Name = "Aller vers le covoiturage" }).ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/blog/aller-vers-le-covoiturage-par-l-expérimentation"));

        var next = page.GetByRole(AriaRole.Navigation, new() { Name = "Autres articles" }).Locator("a[rel=next]");
        Assert.Contains("Un article daté avec une heure", await next.TextContentAsync(), StringComparison.Ordinal);
        await next.ClickAsync();
        await ChromiumSite.ArriveAtAsync(page, site.Url("/blog/heure"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Un article daté avec une heure");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_join_button_with_a_visible_focus_and_activates_it()
    {
        var page = await site.NewPageAsync();
        var answered = await AnswerForAsync(page, HelloAsso, "HelloAsso (simulé)");
        await page.GotoAsync(site.Url("/"));

        // The first Tab lands on the skip link, shown on screen.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        var skip = await page.Locator(".lien-evitement").BoundingBoxAsync();
        Assert.True(skip is { Y: >= 0, Height: > 0 } && skip.Y + skip.Height <= Viewports.DesktopHeight, "the skip link is on screen when focused");

        var presses = 1;
        while (!await page.EvaluateAsync<bool>("() => document.activeElement.matches('header a.bouton--adherer')"))
        {
            Assert.True(presses < 40, "the join button is reached with the Tab key");
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }

        var focus = await page.EvaluateAsync<string[]>("""
            () => {
              const s = getComputedStyle(document.activeElement);
              const header = getComputedStyle(document.querySelector('header.entete'));
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, header.backgroundColor];
            }
            """);
        Assert.Equal("solid", focus[0]);
        Assert.True(double.Parse(focus[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2,
            $"the focus outline is at least 2 px wide ({focus[1]})");
        Assert.True(CssColor.Contrast(focus[2], focus[3]) >= 3,
            $"the focus outline ({focus[2]}) stands out from the header ({focus[3]}) with a contrast of 3:1 or more");

        await page.Keyboard.PressAsync("Enter");
        await ChromiumSite.ArriveAtAsync(page, site.Options.MembershipUrl);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("HelloAsso (simulé)");
        Assert.Equal([site.Options.MembershipUrl], answered);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_takes_keyboard_users_to_the_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/à-propos"));

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await ChromiumSite.ArriveAtAsync(page, site.Url("/à-propos#contenu"));
        Assert.Equal("contenu", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // The next Tab goes to the first link of the content, not back to the menu.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
        await page.Context.CloseAsync();
    }

    /// <summary>Answers requests to an external service with a small page of the given title, and lists the pages asked for.</summary>
    private static async Task<List<string>> AnswerForAsync(IPage page, string pattern, string title)
    {
        var answered = new List<string>();
        await page.RouteAsync(pattern, async route =>
        {
            if (route.Request.IsNavigationRequest)
            {
                lock (answered)
                {
                    answered.Add(route.Request.Url);
                }
            }

            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = $"<!DOCTYPE html><html lang=\"fr\"><head><title>{title}</title></head><body><h1>{title}</h1></body></html>",
            });
        });
        return answered;
    }

    private static async Task AssertOnScreenAsync(IPage page, ILocator link)
    {
        Assert.True(await link.IsVisibleAsync(), "the menu link is shown");
        var box = await link.BoundingBoxAsync();
        var width = page.ViewportSize!.Width;
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"the menu link is within the {width} px screen");
    }
}
