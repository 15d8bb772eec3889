using System.Net;
using System.Xml.Linq;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Lists;

/// <summary><c>/blog/année/{YYYY}</c>, the menu of years, and the blog's main list without its excluded tag.</summary>
public sealed class YearArchiveTests(ListsSite site) : IClassFixture<ListsSite>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.Factory.CreateRawClient();

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".carte__titre a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!))];

    private static List<(string Text, string Href, string? Current)> Years(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("nav[aria-label='Articles par année'] a")
            .Select(a => (a.TextContent, Uri.UnescapeDataString(a.GetAttribute("href")!), a.GetAttribute("aria-current")))];

    [Fact]
    public async Task A_year_lists_its_published_articles_newest_first_paginated_like_the_blog()
    {
        var (first, page1) = await Html.GetAsync(_client, Html.Encode("/blog/année/2021"));
        var (second, page2) = await Html.GetAsync(_client, Html.Encode("/blog/année/2021/page/2"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Articles de 2021", page1.QuerySelector("main h1")?.TextContent);
        Assert.Equal(["/blog/rural", ListsContent.Covoiturage, "/blog/velo"], Titles(page1).Concat(Titles(page2)));
        Assert.Equal("/blog/année/2021/page/2", Uri.UnescapeDataString(page1.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!));
        Assert.Contains("https://lafabriquedesmobilites.fr/blog/ann%C3%A9e/2021/page/2",
            page2.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_blog_and_each_year_show_a_menu_of_years_with_their_counts()
    {
        var (_, blog) = await Html.GetAsync(_client, "/blog");
        var (_, year) = await Html.GetAsync(_client, Html.Encode("/blog/année/2015"));

        Assert.Equal(
            [("Tous les articles", "/blog", "page"), ("2021 (3 articles)", "/blog/année/2021", null),
                ("2019 (1 article)", "/blog/année/2019", null), ("2015 (1 article)", "/blog/année/2015", null)],
            Years(blog));
        Assert.Equal(("Tous les articles", "/blog", null), Years(year)[0]);
        Assert.Equal(("2015 (1 article)", "/blog/année/2015", "page"), Years(year)[3]);
    }

    [Theory]
    [InlineData("/blog/année/2020")]
    [InlineData("/blog/année/2024")]
    [InlineData("/blog/année/2999")]
    [InlineData("/blog/année/21")]
    [InlineData("/blog/année/02021")]
    [InlineData("/blog/année/deux")]
    [InlineData("/blog/année/٢٠٢١")]
    [InlineData("/blog/année/2021/page/3")]
    [InlineData("/blog/année/2021/page/0")]
    [InlineData("/blog/année")]
    public async Task An_unknown_or_malformed_year_is_a_404(string path)
    {
        var response = await _client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_one_of_a_year_by_path_redirects_to_the_year()
    {
        var response = await _client.GetAsync(new Uri(Html.Encode("/blog/année/2021/page/1"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/blog/ann%C3%A9e/2021", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_scheduled_article_counts_for_its_year_only_once_public()
    {
        try
        {
            var before = await _client.GetAsync(new Uri(Html.Encode("/blog/année/2999"), UriKind.Relative));
            site.Clock.Set(new DateTimeOffset(2999, 1, 1, 12, 0, 0, TimeSpan.FromHours(1)));
            var (after, page) = await Html.GetAsync(_client, Html.Encode("/blog/année/2999"));

            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.Equal(["/blog/futur"], Titles(page));
            Assert.Equal(("2999 (1 article)", "/blog/année/2999", "page"), Years(page)[1]);
        }
        finally
        {
            site.Clock.Set(ListsSite.Start);
        }
    }

    [Fact]
    public async Task The_sitemap_lists_each_year()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var locations = sitemap.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

        foreach (var year in new[] { "2021", "2019", "2015" })
        {
            Assert.Contains($"https://lafabriquedesmobilites.fr/blog/ann%C3%A9e/{year}", locations);
        }

        Assert.DoesNotContain("https://lafabriquedesmobilites.fr/blog/ann%C3%A9e/2999", locations);
    }

    [Fact]
    public async Task An_excluded_tag_leaves_the_blog_its_years_and_the_main_feed_but_keeps_its_own_list()
    {
        var blog = new List<string>();
        foreach (var path in new[] { "/blog", "/blog/page/2", "/blog/page/3" })
        {
            blog.AddRange(Titles((await Html.GetAsync(_client, path)).Document));
        }

        var (_, year) = await Html.GetAsync(_client, Html.Encode("/blog/année/2021"));
        var (_, tag) = await Html.GetAsync(_client, Html.Encode("/étiquettes/imaginaires"));
        var feed = await _client.GetStringAsync(new Uri("/blog/feed.xml", UriKind.Relative));
        var tagFeed = await _client.GetStringAsync(new Uri(Html.Encode("/étiquettes/imaginaires/feed.xml"), UriKind.Relative));

        Assert.Equal(["/blog/rural", ListsContent.Covoiturage, "/blog/velo", "/blog/donnees", "/blog/genese"], blog);
        Assert.DoesNotContain("/blog/fiction", Titles(year));
        Assert.Equal(["/blog/fiction"], Titles(tag));
        Assert.DoesNotContain("/blog/fiction", feed, StringComparison.Ordinal);
        Assert.Contains("/blog/fiction", tagFeed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/blog/fiction", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Without_an_excluded_tag_the_blog_and_its_year_list_every_article()
    {
        using var content = ListsContent.Write();
        using var factory = new SiteFactory(content.Root, settings: ListsContent.Settings(excludeImaginaires: false));
        var client = factory.CreateRawClient();

        var (_, page) = await Html.GetAsync(client, Html.Encode("/blog/année/2021"));
        var (_, blog) = await Html.GetAsync(client, "/blog");

        Assert.Contains("/blog/fiction", Titles(page));
        Assert.Equal("2021 (4 articles)", Years(blog)[1].Text);
    }
}
