using System.Globalization;
using System.Text;
using System.Xml;
using FabMob.Content;

namespace FabMob.Web.Publication;

/// <summary>
/// RSS 2.0 and Atom feeds of articles: absolute URLs, the summary in <c>description</c>, the full
/// HTML in <c>content:encoded</c> (what RSS-to-email campaigns read) with its links made absolute.
/// </summary>
public sealed class FeedWriter(SiteUrls urls)
{
    public const int Size = 20;

    public byte[] Rss(string title, string description, string selfPath, string linkPath, IReadOnlyList<ContentPage> entries, string language)
    {
        return Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
            xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", urls.Absolute(linkPath));
            xml.WriteElementString("description", description);
            xml.WriteElementString("language", language);
            if (entries.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", Rfc822(Updated(entries[0])));
            }

            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", urls.Absolute(selfPath));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var entry in entries.Take(Size))
            {
                var link = urls.Absolute(entry.Url);
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(entry.Date ?? entry.FileModified));
                foreach (var author in entry.FrontMatter.Authors)
                {
                    xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", author);
                }

                foreach (var category in entry.FrontMatter.Tags.Concat(entry.FrontMatter.Categories))
                {
                    xml.WriteElementString("category", category);
                }

                xml.WriteElementString("description", entry.Summary);
                xml.WriteElementString("content", "encoded", "http://purl.org/rss/1.0/modules/content/", AbsoluteHtml(entry));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    public byte[] Atom(string title, string selfPath, string linkPath, IReadOnlyList<ContentPage> entries, string language)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        return Write(xml =>
        {
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", ns, urls.Absolute(selfPath));
            xml.WriteElementString("title", ns, title);
            xml.WriteElementString("updated", ns, Rfc3339(entries.Count > 0 ? Updated(entries[0]) : DateTimeOffset.UnixEpoch));
            Link(xml, urls.Absolute(selfPath), "self", "application/atom+xml");
            Link(xml, urls.Absolute(linkPath), "alternate", "text/html");
            foreach (var entry in entries.Take(Size))
            {
                var link = urls.Absolute(entry.Url);
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("id", ns, link);
                xml.WriteElementString("title", ns, entry.Title);
                xml.WriteElementString("updated", ns, Rfc3339(Updated(entry)));
                xml.WriteElementString("published", ns, Rfc3339(entry.Date ?? entry.FileModified));
                Link(xml, link, "alternate", "text/html");
                foreach (var author in entry.FrontMatter.Authors)
                {
                    xml.WriteStartElement("author", ns);
                    xml.WriteElementString("name", ns, author);
                    xml.WriteEndElement();
                }

                foreach (var category in entry.FrontMatter.Tags.Concat(entry.FrontMatter.Categories))
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", ns, entry.Summary);
                xml.WriteStartElement("content", ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(AbsoluteHtml(entry));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>
    /// An entry's HTML with its site-relative links and images (<c>href</c>, <c>src</c>) made absolute, for mail
    /// readers: read by the HTML5 parser (AngleSharp) in the body of a page, rewritten on the tree, written out again.
    /// </summary>
    public string AbsoluteHtml(ContentPage entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var root = urls.Absolute("/").TrimEnd('/');
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><body>" + entry.Html);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in (ReadOnlySpan<string>)["href", "src"])
            {
                if (element.GetAttribute(name) is { } value && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    element.SetAttribute(name, root + value);
                }
            }
        }

        return body.InnerHtml;
    }

    /// <summary>An entry's own date; the file's time only when it has none (a clone gives every file the clone's time).</summary>
    private static DateTimeOffset Updated(ContentPage entry) => entry.Date ?? entry.FileModified;

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    /// <summary>RFC 822 (as RFC 1123 writes it), in UTC: <c>Tue, 24 Mar 2015 16:42:12 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset date) => date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339: <c>2015-03-24T16:42:12Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings
               {
                   Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                   Indent = true,
               }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
