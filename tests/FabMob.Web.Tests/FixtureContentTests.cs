using System.Net;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace FabMob.Web.Tests;

/// <summary>A fixture tree with the variety editors produce, broken files included.</summary>
public sealed class FixtureContentTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.Factory.CreateRawClient();

    [Theory]
    [InlineData("/", "Bienvenue sur le site de test")]
    [InlineData("/à-propos", "À propos")]
    [InlineData("/nos-partenaires-d-été", "Nos partenaires d'été")]
    [InlineData("/windows", "Page Windows")]
    [InlineData("/sans-en-tete", "Une page sans en-tête")]
    public async Task Good_pages_are_served_next_to_broken_ones(string path, string heading)
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/cassé")]
    [InlineData("/sans-fin")]
    public async Task A_file_with_broken_front_matter_is_left_out(string path)
    {
        var response = await _client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("jamais", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_files_are_logged_by_name_and_line()
    {
        await _client.GetAsync(new Uri("/", UriKind.Relative));

        var errors = site.Factory.Logs.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message).ToList();
        Assert.Contains(errors, m => m.Contains("cassé.md:3:", StringComparison.Ordinal) && m.Contains("YAML invalide", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("sans-fin.md:1:1: erreur: en-tête YAML non fermé", StringComparison.Ordinal));
        Assert.Contains(site.Factory.Logs.Entries, e => e.Level == LogLevel.Information &&
            e.Message.Contains("Contenu chargé", StringComparison.Ordinal) && e.Message.Contains("2 erreurs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_request_is_logged_on_one_line_with_method_path_status_and_time()
    {
        await _client.GetAsync(new Uri(Html.Encode("/à-propos"), UriKind.Relative));

        // Written once the response has ended: waited for.
        var logged = await site.Factory.Logs.WaitForAsync(e => e.Message.StartsWith("HTTP GET /à-propos ", StringComparison.Ordinal));
        Assert.Contains(logged, e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal) &&
            System.Text.RegularExpressions.Regex.IsMatch(e.Message, @"^HTTP GET /à-propos → 200 en \d+[.,]\d ms$"));
    }

    [Theory]
    [InlineData("/Nos Partenaires d'Été")]
    [InlineData("/Nos Partenaires d’Été")]
    [InlineData("/Nos_Partenaires_d'Été.md")]
    [InlineData("/NOS-PARTENAIRES-D-ÉTÉ/")]
    public async Task The_raw_file_name_answers_301_to_the_slug(string path)
    {
        var response = await _client.GetAsync(new Uri(Html.Encode(path) + "?utm_campaign=ete", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/nos-partenaires-d-%C3%A9t%C3%A9?utm_campaign=ete", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_alias_answers_301_to_its_page()
    {
        var response = await _client.GetAsync(new Uri("/ancienne-adresse", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/windows", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/_data/equipe.yaml")]
    [InlineData("/_data/equipe")]
    [InlineData("/_cache.md")]
    [InlineData("/_cache")]
    [InlineData("/cassé.md")]
    [InlineData("/../appsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/images/..%2f..%2fcassé.md")]
    public async Task Sources_data_files_and_paths_outside_the_content_root_are_never_served(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("rôle:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("souligné", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Images_of_the_content_tree_are_served_and_relative_references_resolve_against_the_file()
    {
        var (_, page) = await Html.GetAsync(_client, "/sans-en-tete");
        var image = page.QuerySelector("main img");

        Assert.NotNull(image);
        Assert.Equal("/images/logo.png", image.GetAttribute("src"));
        Assert.Equal("Logo de test", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        var response = await _client.GetAsync(new Uri("/images/logo.png", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(site.Content.PathOf("images/logo.png")), bytes);
    }

    [Fact]
    public async Task A_draft_is_hidden_in_production()
    {
        var response = await _client.GetAsync(new Uri("/brouillon", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_url_gets_the_french_404_page()
    {
        var (response, page) = await Html.GetAsync(_client, "/cette-page-n-existe-pas");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("header a.bouton--adherer"));
    }

    [Fact]
    public async Task A_head_request_is_answered_like_a_get()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Html.Encode("/à-propos"));
        var response = await _client.SendAsync(request);

        // Kestrel drops the body of a HEAD response; the test server hands it over, so only headers are checked.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
