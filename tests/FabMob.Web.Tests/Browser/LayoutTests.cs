using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// The visual identity as a browser renders it: no sideways scrolling down to 320 px, headings in
/// order, nothing loaded from another host, article cards with covers, the footer's links, dark mode
/// and the print stylesheet.
/// </summary>
[Trait("Category", "Browser")]
[Collection(DesignSiteGroup.Name)]
public sealed class LayoutTests(DesignSite site)
{
    public static IEnumerable<object[]> Pages => PageTypes.Names;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_scrolls_sideways_on_a_320_px_screen(string pageType)
    {
        var page = await site.NewPageAsync(Viewports.NarrowestWidth);
        await page.GotoAsync(site.Url(PageTypes.Named(pageType).Path));

        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.body.scrollWidth, document.documentElement.clientWidth]");

        Assert.Equal(Viewports.NarrowestWidth, widths[2]);
        Assert.True(widths[0] <= widths[2] && widths[1] <= widths[2],
            $"{PageTypes.Named(pageType).Path} is {widths[0]} px wide on a {widths[2]} px screen");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Headings_start_at_one_h1_and_never_skip_a_level(string pageType)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(PageTypes.Named(pageType).Path));

        var levels = await page.EvaluateAsync<int[]>(
            "() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))");

        Assert.Equal(1, levels[0]);
        Assert.Single(levels, level => level == 1);
        for (var i = 1; i < levels.Length; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i]} follows h{levels[i - 1]} (headings: {string.Join(", ", levels)})");
        }

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.querySelector('h1').closest('main')?.tagName.toLowerCase()"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_load_asks_nothing_from_another_host(string pageType)
    {
        var page = await site.NewPageAsync(Viewports.PhoneWidth);
        var requests = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };

        await page.GotoAsync(site.Url(PageTypes.Named(pageType).Path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        // Scroll to the bottom so that lazy images load too.
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        lock (requests)
        {
            Assert.Contains(requests, url => url.EndsWith(".css", StringComparison.Ordinal) || url.Contains(".css?", StringComparison.Ordinal));
            Assert.All(requests, url => Assert.True(site.IsSite(url), $"{url} is on another host"));
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Viewports.DesktopWidth)]
    [InlineData(Viewports.PhoneWidth)]
    public async Task An_article_card_shows_its_cover_above_its_title(int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.Url("/blog"));

        var card = page.Locator(".carte", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "La genèse de la Fabrique" }) });
        var cover = card.Locator("img.carte__image");
        await cover.ScrollIntoViewIfNeededAsync();
        var image = await cover.BoundingBoxAsync();
        var title = await card.Locator(".carte__titre").BoundingBoxAsync();
        var box = await card.BoundingBoxAsync();

        Assert.NotNull(image);
        Assert.Equal("", await cover.GetAttributeAsync("alt"));
        Assert.InRange(image.Width / image.Height, 1.7, 1.85);
        Assert.InRange(image.Width, box!.Width - 3, box.Width);
        Assert.True(image.Y + image.Height <= title!.Y, "the cover is above the title");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_footer_links_to_the_association_its_news_and_membership()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/blog"));
        var footer = page.GetByRole(AriaRole.Navigation, new() { Name = "Liens de l'association" });

        async Task<string?> Href(string name) =>
            await footer.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).GetAttributeAsync("href");

        Assert.Equal("/à-propos", Uri.UnescapeDataString((await Href("À propos"))!));
        Assert.Equal("/à-propos/travailler", Uri.UnescapeDataString((await Href("Travailler ensemble"))!));
        Assert.Equal("/à-propos/nous", Uri.UnescapeDataString((await Href("L'équipe"))!));
        Assert.Equal("/communs", await Href("Les communs"));
        Assert.Equal("/blog/feed.xml", await Href("Fil RSS des articles"));
        Assert.Equal(site.Options.NewsletterUrl, await Href("S'inscrire à la lettre d'information"));
        Assert.Equal(site.Options.MembershipUrl, await Href("Adhérer à l'association"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_founding_pages_hold_each_question_mark_to_its_word()
    {
        var page = await site.NewPageAsync(Viewports.NarrowestWidth);
        await page.GotoAsync(site.Url("/à-propos/travailler"));

        var questions = await page.Locator("main strong", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Qui") })
            .AllTextContentsAsync();
        Assert.Equal(3, questions.Count);
        Assert.All(questions, text => Assert.Equal("Qui\u202F?", text));
        Assert.Equal("Pourquoi contribuer\u202F?", await page.Locator("main strong", new() { HasText = "Pourquoi contribuer" }).TextContentAsync());

        await page.GotoAsync(site.Url("/à-propos"));
        Assert.Equal("Qu'est-ce que la FabMob\u202F?", (await page.Locator("main h2").First.TextContentAsync())?.Trim());
        Assert.Equal("Adhérez\u202F!", await page.Locator("main a.bouton").First.TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_setting_and_keeps_text_readable()
    {
        var light = await site.NewPageAsync(scheme: ColorScheme.Light);
        var dark = await site.NewPageAsync(scheme: ColorScheme.Dark);
        await light.GotoAsync(site.Url("/à-propos"));
        await dark.GotoAsync(site.Url("/à-propos"));
        const string Colors = "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]";

        var (lightColors, darkColors) = (await light.EvaluateAsync<string[]>(Colors), await dark.EvaluateAsync<string[]>(Colors));

        Assert.True(CssColor.Luminance(lightColors[0]) > 0.9, $"light background {lightColors[0]}");
        Assert.True(CssColor.Luminance(darkColors[0]) < 0.05, $"dark background {darkColors[0]}");
        Assert.True(CssColor.Contrast(darkColors[0], darkColors[1]) >= 7, $"dark mode text {darkColors[1]} on {darkColors[0]}");
        Assert.True(CssColor.Contrast(lightColors[0], lightColors[1]) >= 7, $"light mode text {lightColors[1]} on {lightColors[0]}");
        await light.Context.CloseAsync();
        await dark.Context.CloseAsync();
    }

    [Fact]
    public async Task The_print_stylesheet_keeps_the_text_drops_the_navigation_and_shows_link_addresses()
    {
        var page = await site.NewPageAsync(scheme: ColorScheme.Dark);
        await page.GotoAsync(site.Url("/à-propos"));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator("nav.navigation").IsVisibleAsync());
        Assert.False(await page.Locator("header a.bouton--adherer").IsVisibleAsync());
        Assert.False(await page.Locator(".pied__colonnes").IsVisibleAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        Assert.True(await page.Locator("main").GetByText("Pourquoi").First.IsVisibleAsync());
        var colors = await page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]");
        Assert.Equal("rgb(255, 255, 255)", colors[0]);
        Assert.Equal("rgb(0, 0, 0)", colors[1]);
        var after = await page.EvaluateAsync<string>(
            "() => getComputedStyle(document.querySelector('main .prose a[href^=\"https://fr.wikipedia.org\"]'), '::after').content");
        Assert.Contains("https://fr.wikipedia.org/wiki/Accord_de_Paris_sur_le_climat", after, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
