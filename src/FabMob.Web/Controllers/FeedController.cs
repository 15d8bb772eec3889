using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Lists;
using FabMob.Web.Models;
using FabMob.Web.Publication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Controllers;

/// <summary>
/// RSS and Atom feeds of the blog (without the tags its mount excludes, like <c>/blog</c>) and of each
/// tag; the sitemap and robots.txt.
/// </summary>
public sealed class FeedController(ContentSnapshotHost content, PublicationPolicy publication, FeedWriter feeds, SiteUrls urls,
    IOptions<SiteOptions> site, BlogListing blog) : Controller
{
    private const string RssType = "application/rss+xml; charset=utf-8";
    private const string AtomType = "application/atom+xml; charset=utf-8";

    [HttpGet(SiteUrls.RssFeed)]
    [HttpHead(SiteUrls.RssFeed)]
    public IActionResult BlogRss() =>
        File(feeds.Rss(site.Value.Name, $"Les articles de {site.Value.Name}.", SiteUrls.RssFeed, SiteUrls.Blog,
            Published(), site.Value.Language), RssType);

    [HttpGet(SiteUrls.AtomFeed)]
    [HttpHead(SiteUrls.AtomFeed)]
    public IActionResult BlogAtom() =>
        File(feeds.Atom(site.Value.Name, SiteUrls.AtomFeed, SiteUrls.Blog, Published(), site.Value.Language), AtomType);

    [HttpGet(SiteUrls.Tags + "/{slug}/feed.xml")]
    [HttpHead(SiteUrls.Tags + "/{slug}/feed.xml")]
    public IActionResult TagRss(string slug)
    {
        if (!content.For(HttpContext).Tags.Terms.TryGetValue(SlugBuilder.Slugify(slug), out var term))
        {
            return this.NotFoundPage();
        }

        var entries = term.Published(publication.Now).Where(p => p.Collection is not null).ToList();
        return File(feeds.Rss($"{site.Value.Name} : {term.Label}", $"Les articles de {site.Value.Name} classés « {term.Label} ».",
            SiteUrls.TagFeed(term.Slug), SiteUrls.Tag(term.Slug), entries, site.Value.Language), RssType);
    }

    [HttpGet("/sitemap.xml")]
    [HttpHead("/sitemap.xml")]
    public IActionResult Sitemap()
    {
        var snapshot = content.For(HttpContext);
        return File(new SitemapWriter(urls).Write(snapshot, publication.Now, site.Value.DataPages,
            blog.For(snapshot.Published("blog", publication.Now))), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    [HttpHead("/robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8");

    /// <summary>Feeds never carry drafts or scheduled entries, not even in Development.</summary>
    private IReadOnlyList<ContentPage> Published() => blog.For(content.For(HttpContext).Published("blog", publication.Now)).Entries;
}
