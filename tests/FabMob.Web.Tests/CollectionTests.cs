using System.Net;
using System.Xml.Linq;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests;

/// <summary>The blog collection, taxonomies, feeds, sitemap and data pages on a corpus of every shape.</summary>
public sealed class CollectionTests(CollectionsSite site) : IClassFixture<CollectionsSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // Published articles, newest first (the draft and the 2999 article are not among them).
    private static readonly string[] Published =
    [
        "/blog/recent", "/blog/heure", "/blog/aller-vers-le-covoiturage-par-l-expérimentation",
        "/blog/english-keys", "/blog/genese", "/blog/sans-en-tete",
    ];

    private readonly HttpClient _client = site.Factory.CreateRawClient();

    [Fact]
    public async Task The_blog_lists_published_articles_newest_first_three_a_page()
    {
        var (first, page1) = await Html.GetAsync(_client, "/blog");
        var (_, page2) = await Html.GetAsync(_client, "/blog/page/2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Le blog de test", page1.QuerySelector("main h1")?.TextContent);
        Assert.Contains("du plus récent au plus ancien", page1.QuerySelector("main .prose")?.TextContent, StringComparison.Ordinal);
        var links = page1.QuerySelectorAll(".carte__titre a").Concat(page2.QuerySelectorAll(".carte__titre a"))
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();
        Assert.Equal(Published, links);
        Assert.Equal("2", page1.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href")?[^1..]);
    }

    [Fact]
    public async Task A_card_shows_title_french_date_authors_summary_and_cover()
    {
        var (_, page) = await Html.GetAsync(_client, "/blog/page/2");
        var card = page.QuerySelectorAll(".carte").Single(c => c.QuerySelector("a")!.GetAttribute("href") == "/blog/genese");

        Assert.Equal("La genèse de la Fabrique", card.QuerySelector(".carte__titre")?.TextContent.Trim());
        Assert.Equal("24 mars 2015", card.QuerySelector("time")?.TextContent);
        Assert.Equal("2015-03-24", card.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("Camille Exemple", card.QuerySelector(".carte__meta")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Le premier paragraphe de l'article raconte les débuts, avec du gras et un lien.",
            card.QuerySelector(".carte__resume")?.TextContent);
        Assert.Equal("/blog/2015/images/couverture.png", card.QuerySelector("img.carte__image")?.GetAttribute("src"));
    }

    [Theory]
    [InlineData("/blog?page=2", HttpStatusCode.OK)]
    [InlineData("/blog/page/3", HttpStatusCode.NotFound)]
    [InlineData("/blog/page/0", HttpStatusCode.NotFound)]
    [InlineData("/blog/page/-1", HttpStatusCode.NotFound)]
    [InlineData("/blog/page/deux", HttpStatusCode.NotFound)]
    [InlineData("/blog?page=99999999999", HttpStatusCode.NotFound)]
    [InlineData("/blog?page=abc", HttpStatusCode.NotFound)]
    [InlineData("/blog/page/1", HttpStatusCode.MovedPermanently)]
    public async Task Only_pages_that_exist_are_served(string path, HttpStatusCode status)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task An_article_shows_date_authors_tags_categories_cover_reading_time_and_neighbours()
    {
        var (response, page) = await Html.GetAsync(_client, "/blog/genese");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("main h1"));
        Assert.Equal("La genèse de la Fabrique", page.QuerySelector("main h1")?.TextContent);
        var meta = page.QuerySelector(".article__meta")!.TextContent;
        Assert.Contains("24 mars 2015", meta, StringComparison.Ordinal);
        Assert.Contains("Camille Exemple", meta, StringComparison.Ordinal);
        Assert.Contains("1 min de lecture", meta, StringComparison.Ordinal);
        Assert.Equal("/blog/2015/images/couverture.png", page.QuerySelector(".article__couverture")?.GetAttribute("src"));
        var terms = page.QuerySelectorAll(".etiquettes a").Select(a => (a.TextContent, Uri.UnescapeDataString(a.GetAttribute("href")!))).ToList();
        Assert.Contains(("Histoire", "/catégories/histoire"), terms);
        Assert.Contains(("vélo", "/étiquettes/vélo"), terms); // the most used spelling
        Assert.Contains(("Territoires", "/étiquettes/territoires"), terms); // a tie: the first spelling in order
        Assert.Equal("/blog/sans-en-tete", page.QuerySelector(".voisins a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/blog/english-keys", page.QuerySelector(".voisins a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("https://lafabriquedesmobilites.fr/blog/2015/images/couverture.png",
            page.QuerySelector("meta[property='og:image']")?.GetAttribute("content"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Relative_images_resolve_against_the_article_file_lazily_with_their_alt_text()
    {
        var (_, page) = await Html.GetAsync(_client, "/blog/genese");
        var image = page.QuerySelector(".prose img")!;

        Assert.Equal("/blog/2015/images/schema.png", image.GetAttribute("src"));
        Assert.Equal("Schéma des débuts", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        var file = await _client.GetAsync(new Uri("/blog/2015/images/schema.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=86400", file.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_relative_link_to_another_article_file_leads_to_its_url()
    {
        var (_, page) = await Html.GetAsync(_client, Html.Encode("/blog/aller-vers-le-covoiturage-par-l-expérimentation"));

        Assert.Equal("/blog/genese", page.QuerySelector(".prose a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task English_keys_dates_with_offsets_and_several_authors_are_read()
    {
        var (_, page) = await Html.GetAsync(_client, "/blog/english-keys");

        Assert.Equal("An article with English keys", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("25 mars 2015", page.QuerySelector(".article__meta")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dominique Exemple, Alex Exemple", page.QuerySelector(".article__meta")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("A summary given in the front matter.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_article_carries_blogposting_structured_data_and_the_home_page_the_organization()
    {
        var (_, article) = await Html.GetAsync(_client, "/blog/genese");
        var (_, home) = await Html.GetAsync(_client, "/");

        using var posting = System.Text.Json.JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("BlogPosting", posting.RootElement.GetProperty("@type").GetString());
        Assert.Equal("La genèse de la Fabrique", posting.RootElement.GetProperty("headline").GetString());
        Assert.StartsWith("2015-03-24T00:00:00+01:00", posting.RootElement.GetProperty("datePublished").GetString(), StringComparison.Ordinal);
        Assert.Equal("Camille Exemple", posting.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
        using var organization = System.Text.Json.JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Organization", organization.RootElement.GetProperty("@type").GetString());
        Assert.Equal("La Fabrique des Mobilités", organization.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_home_page_shows_the_latest_articles_and_both_calls_to_action()
    {
        var (_, page) = await Html.GetAsync(_client, "/");

        var latest = page.QuerySelectorAll(".derniers .carte__titre a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!));
        Assert.Equal(Published.Take(3), latest);
        Assert.Contains(page.QuerySelectorAll(".appels a"), a => a.GetAttribute("href")!.StartsWith("https://www.helloasso.com/", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".appels a"), a => a.GetAttribute("href")!.StartsWith("https://us12.list-manage.com/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tags_from_tags_grav_taxonomy_and_comma_strings_make_one_page_each_and_empty_tags_are_ignored()
    {
        var (_, index) = await Html.GetAsync(_client, Html.Encode("/étiquettes"));
        var (response, velo) = await Html.GetAsync(_client, Html.Encode("/étiquettes/vélo"));

        var labels = index.QuerySelectorAll(".etiquettes a").Select(a => a.GetAttribute("href")).Select(h => Uri.UnescapeDataString(h!)).ToList();
        Assert.Equal(["/étiquettes/covoiturage", "/étiquettes/open-source", "/étiquettes/territoires", "/étiquettes/vélo"], labels);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/blog/recent", "/blog/english-keys", "/blog/genese"],
            velo.QuerySelectorAll(".carte__titre a").Select(a => a.GetAttribute("href")));
        var (_, covoiturage) = await Html.GetAsync(_client, "/%C3%A9tiquettes/covoiturage");
        Assert.Single(covoiturage.QuerySelectorAll(".carte"));
    }

    [Theory]
    [InlineData("/catégories/expérimentations", "/blog/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("/catégories/standards", "/blog/english-keys")]
    [InlineData("/catégories/histoire", "/blog/genese")]
    public async Task Each_category_has_its_page(string path, string article)
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([article], page.QuerySelectorAll(".carte__titre a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)));
    }

    [Theory]
    [InlineData("/étiquettes/Vélo", "/%C3%A9tiquettes/v%C3%A9lo")]
    [InlineData("/étiquettes/velo-inconnu", null)]
    public async Task A_tag_spelled_otherwise_redirects_and_an_unknown_tag_is_404(string path, string? location)
    {
        var response = await _client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));

        Assert.Equal(location is null ? HttpStatusCode.NotFound : HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_rss_feed_has_absolute_links_summaries_full_html_and_rfc822_dates()
    {
        var response = await _client.GetAsync(new Uri("/blog/feed.xml", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var items = feed.Descendants("item").ToList();
        Assert.Equal(Published.Select(p => "https://lafabriquedesmobilites.fr" + Uri.EscapeDataString(p).Replace("%2F", "/", StringComparison.Ordinal)),
            items.Select(i => i.Element("link")!.Value));
        var genese = items.Single(i => i.Element("title")!.Value == "La genèse de la Fabrique");
        Assert.Equal("Mon, 23 Mar 2015 23:00:00 GMT", genese.Element("pubDate")!.Value);
        Assert.StartsWith("Le premier paragraphe", genese.Element("description")!.Value, StringComparison.Ordinal);
        var html = genese.Element(Content + "encoded")!.Value;
        Assert.Contains("<strong>du gras</strong>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://lafabriquedesmobilites.fr/blog/2015/images/schema.png\"", html, StringComparison.Ordinal);
        Assert.Equal("https://lafabriquedesmobilites.fr/blog/feed.xml",
            feed.Descendants(Atom + "link").Single().Attribute("href")!.Value);
    }

    [Fact]
    public async Task The_atom_feed_and_the_tag_feed_are_valid_and_the_layout_announces_the_feeds()
    {
        var atom = XDocument.Parse(await _client.GetStringAsync(new Uri("/blog/atom.xml", UriKind.Relative)));
        var tag = XDocument.Parse(await _client.GetStringAsync(new Uri("/%C3%A9tiquettes/v%C3%A9lo/feed.xml", UriKind.Relative)));
        var (_, page) = await Html.GetAsync(_client, "/%C3%A0-propos-inexistant");

        Assert.Equal(Published.Length, atom.Root!.Elements(Atom + "entry").Count());
        Assert.Equal("2015-03-23T23:00:00Z", atom.Root.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "title")!.Value == "La genèse de la Fabrique").Element(Atom + "published")!.Value);
        Assert.Equal(3, tag.Descendants("item").Count());
        Assert.Contains(page.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href") == "/blog/feed.xml");
    }

    [Fact]
    public async Task The_sitemap_lists_every_published_page_and_article_with_lastmod_and_robots_points_to_it()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        var locations = sitemap.Descendants(Sitemap + "loc").Select(l => Uri.UnescapeDataString(l.Value)).ToList();
        foreach (var article in Published)
        {
            Assert.Contains("https://lafabriquedesmobilites.fr" + article, locations);
        }

        Assert.Contains("https://lafabriquedesmobilites.fr/", locations);
        Assert.Contains("https://lafabriquedesmobilites.fr/blog", locations);
        Assert.Contains("https://lafabriquedesmobilites.fr/à-propos/nous", locations);
        Assert.DoesNotContain(locations, l => l.EndsWith("/brouillon", StringComparison.Ordinal) || l.EndsWith("/futur", StringComparison.Ordinal));
        Assert.Equal("2015-03-24", sitemap.Descendants(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/genese", StringComparison.Ordinal)).Element(Sitemap + "lastmod")?.Value);
        Assert.Contains("Sitemap: https://lafabriquedesmobilites.fr/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/blog/brouillon")]
    [InlineData("/blog/futur")]
    public async Task Drafts_and_scheduled_articles_are_hidden_in_production(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var (_, tag) = await Html.GetAsync(_client, "/%C3%A9tiquettes/v%C3%A9lo");
        var feed = await _client.GetStringAsync(new Uri("/blog/feed.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(tag.QuerySelectorAll(".carte a"), a => a.GetAttribute("href") == path);
        Assert.DoesNotContain(path, feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_article_appears_at_its_time_without_restart()
    {
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/blog/futur", UriKind.Relative))).StatusCode);

            site.Clock.Set(new DateTimeOffset(2999, 1, 1, 0, 0, 1, TimeSpan.FromHours(1)));

            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/blog/futur", UriKind.Relative))).StatusCode);
            var (_, blog) = await Html.GetAsync(_client, "/blog");
            Assert.Equal("/blog/futur", blog.QuerySelector(".carte__titre a")?.GetAttribute("href"));
            Assert.Contains("/blog/futur", await _client.GetStringAsync(new Uri("/blog/feed.xml", UriKind.Relative)), StringComparison.Ordinal);
        }
        finally
        {
            site.Clock.Set(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(1)));
        }
    }

    [Theory]
    [InlineData("/blog/2021/Aller vers le covoiturage par l'expérimentation")]
    [InlineData("/blog/Aller vers le covoiturage par l’expérimentation")]
    [InlineData("/blog/ancien-covoiturage")]
    [InlineData("/blog/2015/genese")]
    public async Task Old_urls_raw_names_and_aliases_answer_301_with_the_query_string(string path)
    {
        var response = await _client.GetAsync(new Uri(Html.Encode(path) + "?utm_source=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("?utm_source=x", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var target = await _client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Fact]
    public async Task The_team_page_shows_groups_of_people_with_optional_fields()
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode("/à-propos/nous"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Bureau", "Équipe"], page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        var first = page.QuerySelector(".personne")!;
        Assert.Equal("https://www.linkedin.com/in/exemple-a", first.QuerySelector(".personne__nom a")?.GetAttribute("href"));
        Assert.Equal("Présidence (exemple)", first.QuerySelector(".personne__role")?.TextContent);
        Assert.Equal("https://example.org", first.QuerySelector(".personne__structure a")?.GetAttribute("href"));
        Assert.Equal("/images/a.png", first.QuerySelector("img")?.GetAttribute("src"));
        Assert.Equal(3, page.QuerySelectorAll(".personne").Length);
    }

    [Fact]
    public async Task The_events_page_splits_upcoming_and_past_at_request_time()
    {
        var (_, page) = await Html.GetAsync(_client, Html.Encode("/événements"));
        var sections = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();

        Assert.Equal(["À venir", "Passés"], sections);
        var lists = page.QuerySelectorAll("ul.evenements").ToList();
        Assert.Equal(["Rencontre future (exemple)"], lists[0].QuerySelectorAll(".evenement__titre").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Atelier passé (exemple)", "Événement sans date (exemple)"],
            lists[1].QuerySelectorAll(".evenement__titre").Select(t => t.TextContent.Trim()));
        Assert.Equal("1er mai 2999", lists[0].QuerySelector("time")?.TextContent);
    }

    [Fact]
    public async Task The_communs_page_takes_plain_names_and_described_entries()
    {
        var (_, page) = await Html.GetAsync(_client, "/communs");

        Assert.Equal(["Un commun nommé seulement", "Un commun décrit"], page.QuerySelectorAll(".commun__nom").Select(n => n.TextContent.Trim()));
        Assert.Equal("https://example.org/commun", page.QuerySelectorAll(".commun__nom a").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task A_malformed_data_file_is_reported_and_the_site_goes_on()
    {
        var response = await _client.GetAsync(new Uri("/communs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(site.Factory.Logs.Entries, e => e.Message.Contains("_data/casse.yaml:", StringComparison.Ordinal) &&
            e.Message.Contains("erreur", StringComparison.Ordinal));
    }
}
