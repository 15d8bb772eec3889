using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Lists;
using FabMob.Web.Models;
using FabMob.Web.Publication;
using FabMob.Web.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Controllers;

/// <summary>
/// RSS and Atom feeds of the blog (without the tags its mount excludes, like <c>/blog</c>) and of each
/// tag; the sitemap and robots.txt.
/// </summary>
public sealed class FeedController(ContentSnapshotHost content, PublicationPolicy publication, FeedWriter feeds, SiteUrls urls,
    IOptions<SiteOptions> site, BlogListing blog, GeneratedAddresses addresses) : Controller
{
    private const string RssType = "application/rss+xml; charset=utf-8";
    private const string AtomType = "application/atom+xml; charset=utf-8";

    [GeneratedRoute(GeneratedRoute.BlogRss)]
    public IActionResult BlogRss() =>
        File(feeds.Rss(site.Value.Name, $"Les articles de {site.Value.Name}.", addresses.RssFeed, addresses.Blog,
            Published(), site.Value.Language), RssType);

    [GeneratedRoute(GeneratedRoute.BlogAtom)]
    public IActionResult BlogAtom() =>
        File(feeds.Atom(site.Value.Name, addresses.AtomFeed, addresses.Blog, Published(), site.Value.Language), AtomType);

    [GeneratedRoute(GeneratedRoute.TagRss)]
    public IActionResult TagRss(string slug)
    {
        if (!content.For(HttpContext).Tags.Terms.TryGetValue(SlugBuilder.Slugify(slug), out var term))
        {
            return this.NotFoundPage();
        }

        var entries = term.Published(publication.Now).Where(p => p.Collection is not null).ToList();
        return File(feeds.Rss($"{site.Value.Name} : {term.Label}", $"Les articles de {site.Value.Name} classés « {term.Label} ».",
            GeneratedAddresses.TagFeed(term.Slug), GeneratedAddresses.Tag(term.Slug), entries, site.Value.Language), RssType);
    }

    [GeneratedRoute(GeneratedRoute.Sitemap)]
    public IActionResult Sitemap() =>
        File(new SitemapWriter(urls, addresses).Write(content.For(HttpContext), publication.Now), "application/xml; charset=utf-8");

    [GeneratedRoute(GeneratedRoute.Robots)]
    public IActionResult Robots() =>
        Content($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(GeneratedAddresses.Sitemap)}\n", "text/plain; charset=utf-8");

    /// <summary>Feeds never carry drafts or scheduled entries, not even in Development.</summary>
    private IReadOnlyList<ContentPage> Published() => blog.Published(content.For(HttpContext), publication.Now).Entries;
}
