using System.Net;
using System.Xml.Linq;
using FabMob.Web.Commands;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Lists;

/// <summary>A collection mounted at <c>/actualités</c>: the site's list, pages, years and feeds follow its mount.</summary>
public sealed class MountedCollectionTests : IDisposable
{
    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TempSite _content = MountedCollectionContent.Write();
    private readonly TempSite _output = TempSite.Empty();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public MountedCollectionTests()
    {
        _factory = new SiteFactory(_content.Root, settings: MountedCollectionContent.Settings());
        _client = _factory.CreateRawClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _content.Dispose();
        _output.Dispose();
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".carte__titre a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!))];

    [Fact]
    public async Task The_list_its_pages_and_its_years_answer_at_the_collection_s_target()
    {
        var (list, page1) = await Html.GetAsync(_client, Html.Encode("/actualités"));
        var (second, page2) = await Html.GetAsync(_client, Html.Encode("/actualités/page/2"));
        var (year, page2021) = await Html.GetAsync(_client, Html.Encode("/actualités/année/2021"));
        var (yearSecond, _) = await Html.GetAsync(_client, Html.Encode("/actualités/année/2021/page/2"));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        Assert.Equal(HttpStatusCode.OK, yearSecond.StatusCode);
        Assert.Equal("Actualités", page1.QuerySelector("main h1")?.TextContent);
        Assert.Equal(["/actualités/rural", "/actualités/covoiturage", "/actualités/velo", "/actualités/donnees"],
            Titles(page1).Concat(Titles(page2)));
        Assert.Equal("/actualités/page/2", Uri.UnescapeDataString(page1.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!));
        Assert.Equal("Articles de 2021", page2021.QuerySelector("main h1")?.TextContent);
        Assert.Equal(["/actualités", "/actualités/année/2021", "/actualités/année/2019"],
            page1.QuerySelectorAll("nav[aria-label='Articles par année'] a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)));
        Assert.Equal("/actualités/feed.xml",
            Uri.UnescapeDataString(page1.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href")!));
    }

    [Fact]
    public async Task The_feeds_answer_at_the_collection_s_target_without_its_excluded_tag()
    {
        using var rss = await _client.GetAsync(new Uri(Html.Encode("/actualités/feed.xml"), UriKind.Relative));
        using var atom = await _client.GetAsync(new Uri(Html.Encode("/actualités/atom.xml"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, rss.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atom.StatusCode);
        var channel = XDocument.Parse(await rss.Content.ReadAsStringAsync()).Root!.Element("channel")!;
        Assert.Equal("https://lafabriquedesmobilites.fr/actualit%C3%A9s", channel.Element("link")?.Value);
        Assert.Equal(4, channel.Elements("item").Count());
        Assert.DoesNotContain("reunion", await atom.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/blog")]
    [InlineData("/blog/page/2")]
    [InlineData("/blog/année/2021")]
    [InlineData("/blog/feed.xml")]
    [InlineData("/blog/atom.xml")]
    [InlineData("/actualités/page/3")]
    [InlineData("/actualités/année/2020")]
    public async Task Nothing_answers_at_the_default_blog_address_nor_past_the_last_page(string path)
    {
        using var response = await _client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_the_list_and_its_years_at_the_collection_s_target()
    {
        using var response = await _client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));

        var locations = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants(SitemapNamespace + "loc")
            .Select(loc => Uri.UnescapeDataString(loc.Value)).ToList();
        Assert.Contains("https://lafabriquedesmobilites.fr/actualités", locations);
        Assert.Contains("https://lafabriquedesmobilites.fr/actualités/année/2021", locations);
        Assert.Contains("https://lafabriquedesmobilites.fr/actualités/année/2019", locations);
        Assert.DoesNotContain(locations, location => location.Contains("/blog", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_knows_the_list_s_pages_years_and_feeds_at_the_collection_s_target_and_not_at_blog()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await CheckCommand.RunAsync(MountedCollectionContent.Arguments(_content.Root), output, errors);

        Assert.Equal(0, status);
        var warnings = output.ToString().Split('\n').Where(line => line.Contains("n'existe pas", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.EndsWith(": /blog/année/2021", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_list_s_pages_years_and_feeds_at_the_collection_s_target()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await ExportCommand.RunAsync([_output.Root, .. MountedCollectionContent.Arguments(_content.Root)], output, errors);

        Assert.True(status == 0, errors.ToString());
        Assert.Contains("Actualités", await File.ReadAllTextAsync(_output.PathOf("actualités/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(_output.PathOf("actualités/page/2/index.html")));
        Assert.Contains("Articles de 2021", await File.ReadAllTextAsync(_output.PathOf("actualités/année/2021/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(_output.PathOf("actualités/année/2021/page/2/index.html")));
        Assert.True(File.Exists(_output.PathOf("actualités/année/2019/index.html")));
        Assert.Contains("/actualit%C3%A9s/rural", await File.ReadAllTextAsync(_output.PathOf("actualités/feed.xml")), StringComparison.Ordinal);
        Assert.True(File.Exists(_output.PathOf("actualités/atom.xml")));
        Assert.False(Directory.Exists(_output.PathOf("blog")));
    }
}
