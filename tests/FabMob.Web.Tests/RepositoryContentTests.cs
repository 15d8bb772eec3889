using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests;

/// <summary>The repository's own content/, served as the README's serve command serves it.</summary>
public sealed class RepositoryContentTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    private const string HelloAsso = "https://www.helloasso.com/associations/la-fabrique-des-mobilites/adhesions/adhesions-2021-2022";
    private const string Mailchimp = "https://us12.list-manage.com/subscribe?u=7e792185ad77b9a84eaaa62e9&id=7c902a8341";

    private readonly HttpClient _client = site.Factory.CreateRawClient();

    [Theory]
    [InlineData("/", "La Fabrique des Mobilités")]
    [InlineData("/à-propos", "À propos")]
    [InlineData("/à-propos/travailler", "Travailler ensemble")]
    public async Task Each_founding_page_is_served_inside_the_layout(string path, string heading)
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, Assert.Single(page.QuerySelectorAll("main h1")).TextContent.Trim());
        var join = Assert.Single(page.QuerySelectorAll("header a.bouton--adherer"));
        Assert.Equal("Adhérer", join.TextContent.Trim());
        Assert.Equal(HelloAsso, join.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == Mailchimp);
        Assert.Contains("La Fabrique des Mobilités", page.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public async Task The_about_page_takes_its_title_description_canonical_and_opengraph_from_its_front_matter()
    {
        var (_, page) = await Html.GetAsync(_client, Html.Encode("/à-propos"));

        Assert.Equal("Qu'est-ce que la FabMob · La Fabrique des Mobilités", page.Title);
        const string description = "Réunir les acteurs de la mobilité pour construire ensemble une mobilité durable et open source";
        Assert.Equal(description, page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("https://lafabriquedesmobilites.fr/%C3%A0-propos", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("Qu'est-ce que la FabMob", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal(description, page.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
        Assert.Equal("https://lafabriquedesmobilites.fr/%C3%A0-propos", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Equal("La Fabrique des Mobilités", page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_seed_pages_buttons_inside_links_become_links_styled_as_buttons()
    {
        var (_, page) = await Html.GetAsync(_client, Html.Encode("/à-propos"));

        Assert.Empty(page.QuerySelectorAll("button"));
        var buttons = page.QuerySelectorAll("main a.bouton").ToList();
        Assert.Equal(2, buttons.Count);
        Assert.Equal("Adhérez\u202F!", buttons[0].TextContent); // French spacing: narrow no-break space
        Assert.Equal(HelloAsso, buttons[0].GetAttribute("href"));
        Assert.Equal("Inscrivez-vous à la Newsletter!", buttons[1].TextContent);
        Assert.Equal(Mailchimp, buttons[1].GetAttribute("href"));
    }

    [Fact]
    public async Task The_home_page_presents_the_association_and_leads_to_both_founding_pages()
    {
        var (_, page) = await Html.GetAsync(_client, "/");

        Assert.Equal("La Fabrique des Mobilités", page.Title);
        var links = page.QuerySelectorAll("main a").Select(a => Uri.UnescapeDataString(a.GetAttribute("href") ?? "")).ToList();
        Assert.Contains("/à-propos", links);
        Assert.Contains("/à-propos/travailler", links);
        Assert.Contains(HelloAsso, links);
        Assert.Contains(Mailchimp, links);
    }

    [Fact]
    public async Task The_menu_from_configuration_marks_the_current_page()
    {
        var (_, page) = await Html.GetAsync(_client, Html.Encode("/à-propos/travailler"));

        var items = page.QuerySelectorAll("header nav a").ToList();
        Assert.Equal(["Accueil", "Blog", "À propos", "Travailler ensemble"], items.Select(a => a.TextContent.Trim()));
        Assert.Equal("Travailler ensemble", Assert.Single(page.QuerySelectorAll("header nav a[aria-current=page]")).TextContent);
    }

    [Fact]
    public async Task Links_of_the_seed_pages_to_pages_that_do_not_exist_yet_get_the_french_404()
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode("/à-propos/nous"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("main h1")?.TextContent);
    }

    [Theory]
    [InlineData("/a\u0300-propos")]
    [InlineData("/a\u0300-propos/travailler")]
    public async Task The_nfd_spelling_a_mac_sends_finds_the_page(string nfdPath)
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode(nfdPath));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://lafabriquedesmobilites.fr/%C3%A0-propos" + (nfdPath.EndsWith("travailler", StringComparison.Ordinal) ? "/travailler" : ""),
            page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/À-PROPOS", "/%C3%A0-propos")]
    [InlineData("/À-Propos/Travailler/", "/%C3%A0-propos/travailler")]
    [InlineData("/à-propos/", "/%C3%A0-propos")]
    [InlineData("/à-propos.md", "/%C3%A0-propos")]
    [InlineData("/à-propos/travailler.md", "/%C3%A0-propos/travailler")]
    [InlineData("/index", "/")]
    public async Task Variant_spellings_answer_301_to_the_canonical_url(string path, string location)
    {
        var response = await _client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_redirect_keeps_the_campaign_query_string()
    {
        var response = await _client.GetAsync(new Uri(Html.Encode("/À-PROPOS/") + "?utm_source=lettre&utm_medium=email", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/%C3%A0-propos?utm_source=lettre&utm_medium=email", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_site_stylesheet_is_served_from_the_top_level_wwwroot()
    {
        var (_, page) = await Html.GetAsync(_client, "/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

        Assert.NotNull(stylesheet);
        Assert.StartsWith("/css/site.css?v=", stylesheet, StringComparison.Ordinal);
        var response = await _client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
