using System.Globalization;
using System.Text;
using System.Xml;
using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Lists;

namespace FabMob.Web.Publication;

/// <summary>
/// sitemap.xml: every published page and article with its <c>lastmod</c>, the blog list and its years,
/// the tag and category pages, and the data pages whose data file exists.
/// </summary>
public sealed class SitemapWriter(SiteUrls urls)
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="blog">The blog's main list at <paramref name="now"/> (published entries only); its years are listed.</param>
    public byte[] Write(ContentSnapshot snapshot, DateTimeOffset now, IEnumerable<DataPage> dataPages, BlogArchive? blog = null)
    {
        var entries = new List<(string Path, DateTimeOffset? Modified)>();
        foreach (var page in snapshot.Pages.Where(p => p.IsPublishedAt(now)))
        {
            // The entry's own date when it has one: a clone gives every file the clone's time.
            entries.Add((page.Url, page.Date ?? page.FileModified));
        }

        var main = blog?.Entries ?? snapshot.Published("blog", now);
        if (!snapshot.PagesByUrl.ContainsKey(SiteUrls.Blog))
        {
            entries.Add((SiteUrls.Blog, main.Count > 0 ? main[0].Date : null));
        }

        entries.AddRange((blog?.Years ?? []).Select(year => (SiteUrls.BlogYear(year.Year), year.Entries[0].Date)));

        entries.AddRange(snapshot.Tags.Sorted.Where(t => t.Published(now).Count > 0)
            .Select(t => (SiteUrls.Tag(t.Slug), t.Published(now)[0].Date)));
        entries.AddRange(snapshot.Categories.Sorted.Where(t => t.Published(now).Count > 0)
            .Select(t => (SiteUrls.Category(t.Slug), t.Published(now)[0].Date)));
        entries.AddRange(dataPages.Where(p => snapshot.Data.ContainsKey(p.Data) && !snapshot.PagesByUrl.ContainsKey(p.Path))
            .Select(p => (p.Path, (DateTimeOffset?)null)));

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (path, modified) in entries.DistinctBy(e => e.Path))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(path));
                if (modified is { } date)
                {
                    // The day as the editor wrote it (the date's own offset, Paris time by default).
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
