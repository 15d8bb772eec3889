using System.Globalization;
using System.Text;
using System.Xml;
using FabMob.Content;
using FabMob.Web.Routing;

namespace FabMob.Web.Publication;

/// <summary>
/// sitemap.xml: every published page and article with its <c>lastmod</c>, then the generated addresses
/// <see cref="GeneratedAddresses.All"/> lists for it (the blog list and its years, the tag and category
/// pages, the data pages whose data file exists); a page of the content tree at one of these addresses keeps its own date.
/// </summary>
public sealed class SitemapWriter(SiteUrls urls, GeneratedAddresses addresses)
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] Write(ContentSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entries = new List<(string Path, DateTimeOffset? Modified)>();
        foreach (var page in snapshot.Pages.Where(p => p.IsPublishedAt(now)))
        {
            // The entry's own date when it has one: a clone gives every file the clone's time.
            entries.Add((page.Url, page.Date ?? page.FileModified));
        }

        entries.AddRange(addresses.All(snapshot, now).Where(a => a.InSitemap).Select(a => (a.Path, a.Modified)));

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
