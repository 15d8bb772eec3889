using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Lists;
using FabMob.Web.Publication;

namespace FabMob.Web.Export;

/// <summary>Every address the site serves publicly at a moment: what a static export must write.</summary>
internal static class ExportAddresses
{
    /// <param name="blog">The blog's main list of the published entries at <paramref name="now"/>, with its years.</param>
    public static IReadOnlyList<string> Of(ContentSnapshot snapshot, SiteOptions site, DateTimeOffset now, BlogArchive blog)
    {
        var addresses = new List<string>();
        addresses.AddRange(snapshot.Pages.Where(p => p.IsPublishedAt(now)).Select(p => p.Url));
        addresses.AddRange(ListPages(SiteUrls.Blog, blog.Entries.Count, site.PageSize));
        foreach (var year in blog.Years)
        {
            addresses.AddRange(ListPages(SiteUrls.BlogYear(year.Year), year.Entries.Count, site.PageSize));
        }

        addresses.AddRange([SiteUrls.RssFeed, SiteUrls.AtomFeed, "/sitemap.xml", "/robots.txt", SiteUrls.Tags, SiteUrls.Categories,
            Theme.ThemeStylesheet.Path]);
        foreach (var term in snapshot.Tags.Sorted)
        {
            var count = term.Published(now).Count;
            if (count > 0)
            {
                addresses.AddRange(ListPages(SiteUrls.Tag(term.Slug), count, site.PageSize));
                addresses.Add(SiteUrls.TagFeed(term.Slug));
            }
        }

        foreach (var term in snapshot.Categories.Sorted)
        {
            var count = term.Published(now).Count;
            if (count > 0)
            {
                addresses.AddRange(ListPages(SiteUrls.Category(term.Slug), count, site.PageSize));
            }
        }

        addresses.AddRange(site.DataPages.Where(p => snapshot.Data.ContainsKey(p.Data)).Select(p => p.Path));
        return [.. addresses.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> ListPages(string basePath, int count, int size)
    {
        var pages = Math.Max(1, (count + size - 1) / size);
        return Enumerable.Range(1, pages).Select(page => SiteUrls.ListPage(basePath, page));
    }

    /// <summary>
    /// The file a static host serves for an address: <c>/</c> → <c>index.html</c>, <c>/à-propos</c> →
    /// <c>à-propos/index.html</c>, <c>/blog/feed.xml</c> → <c>blog/feed.xml</c>.
    /// </summary>
    public static string FileFor(string address)
    {
        var relative = address.Trim('/');
        var last = relative[(relative.LastIndexOf('/') + 1)..];
        return last.Contains('.', StringComparison.Ordinal) ? relative : Path.Combine(relative, "index.html");
    }
}
