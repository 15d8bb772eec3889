using System.Net;
using System.Xml.Linq;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests;

/// <summary>
/// A generated blog of three hundred articles of every shape: every article at its slug, raw names
/// redirected, valid feed and sitemap, and nothing a crawler can reach from <c>/</c> answers 5xx.
/// </summary>
public sealed class CorpusCrawlTests(CorpusSite site) : IClassFixture<CorpusSite>
{
    private const int Articles = CorpusSite.Articles;
    private readonly IReadOnlyList<GeneratedArticle> _articles = site.Generated;
    private readonly SiteFactory _factory = site.Factory;
    private readonly HttpClient _client = site.Factory.CreateRawClient();

    [Fact]
    public async Task Every_published_article_is_served_at_its_slug_and_hidden_ones_are_not()
    {
        foreach (var article in _articles)
        {
            var response = await _client.GetAsync(new Uri(Html.Encode(article.Url), UriKind.Relative));
            Assert.True((article.Published ? HttpStatusCode.OK : HttpStatusCode.NotFound) == response.StatusCode,
                $"{article.File} → {article.Url}: {(int)response.StatusCode}");
        }

        Assert.DoesNotContain(_factory.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Every_raw_file_name_answers_301_to_the_slug()
    {
        foreach (var article in _articles.Where(a => a.Published))
        {
            var response = await _client.GetAsync(new Uri(Html.Encode(article.RawPath), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{article.RawPath}: {(int)response.StatusCode}");
            Assert.Equal(article.Url, Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
        }
    }

    [Fact]
    public async Task The_feed_and_the_sitemap_are_valid_and_complete()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync(new Uri("/blog/feed.xml", UriKind.Relative)));
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        Assert.Equal(20, feed.Descendants("item").Count());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => Uri.UnescapeDataString(l.Value)).ToHashSet();
        foreach (var article in _articles)
        {
            Assert.Equal(article.Published, locations.Contains("https://lafabriquedesmobilites.fr" + article.Url));
        }
    }

    [Fact]
    public async Task Nothing_a_crawler_reaches_from_the_home_page_answers_5xx()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/", "/sitemap.xml", "/robots.txt", "/blog/feed.xml"]);
        var failures = new List<string>();
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{path}: {(int)response.StatusCode}");
            }

            if (response.StatusCode == HttpStatusCode.MovedPermanently)
            {
                Enqueue(response.Headers.Location!.OriginalString);
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            foreach (var link in page.QuerySelectorAll("a[href], img[src], link[href]"))
            {
                Enqueue(link.GetAttribute("href") ?? link.GetAttribute("src")!);
            }
        }

        Assert.Empty(failures);
        Assert.True(seen.Count > Articles, $"the crawl reached only {seen.Count} addresses");

        void Enqueue(string href)
        {
            if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
            {
                return;
            }

            var path = href.Split('#')[0];
            if (seen.Add(path))
            {
                queue.Enqueue(path);
            }
        }
    }
}
