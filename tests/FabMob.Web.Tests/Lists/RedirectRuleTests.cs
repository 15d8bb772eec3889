using System.Net;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Lists;

/// <summary><c>Site:Redirects</c> over real HTTP: the association's old addresses, and what the rules must never shadow.</summary>
public sealed class RedirectRuleTests(ListsSite site) : IClassFixture<ListsSite>
{
    private readonly HttpClient _client = site.Factory.CreateRawClient();

    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await _client.GetAsync(new Uri(path, UriKind.Relative));

    [Fact]
    public async Task An_old_article_address_with_its_raw_file_name_leads_to_the_article_in_one_301_query_kept()
    {
        var response = await GetAsync(Html.Encode("/articles/" + ListsContent.RawName) + "?utm_source=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation?utm_source=x", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/articles/articles/" + ListsContent.RawName)]
    [InlineData("/articles/n-importe/" + ListsContent.RawName)]
    [InlineData("/articles/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("/actualites/" + ListsContent.RawName)]
    [InlineData("/Articles/" + ListsContent.RawName + "/")]
    public async Task Every_old_wordpress_spelling_leads_straight_to_the_canonical_article(string path)
    {
        var response = await GetAsync(Html.Encode(path));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation", response.Headers.Location?.OriginalString);
        var target = await GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Theory]
    [InlineData("/blog/mentors?page=1", "/blog?page=1")]
    [InlineData("/blog/articles", "/blog")]
    [InlineData("/blog/home", "/blog")]
    [InlineData("/blog/tag/v%C3%A9lo", "/%C3%A9tiquettes/v%C3%A9lo")]
    [InlineData("/blog/tag/V%C3%A9lo", "/%C3%A9tiquettes/v%C3%A9lo")]
    [InlineData("/histoire/genese", "/blog/genese")]
    public async Task Fixed_and_tag_rules_answer_with_the_final_address(string path, string location)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/%C3%A0-propos/travailler")]
    [InlineData("/%C3%A0-propos/nous")]
    [InlineData("/%C3%A9tiquettes/v%C3%A9lo")]
    [InlineData("/blog/page/2")]
    [InlineData("/documents/statuts.pdf")]
    [InlineData("/blog/genese")]
    public async Task The_category_rule_never_shadows_pages_files_data_pages_or_lists(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/rubrique/inconnu")]
    [InlineData("/%C3%A0-propos/inconnu")]
    [InlineData("/rubrique/brouillon")]
    [InlineData("/rubrique/futur")]
    public async Task The_category_rule_answers_only_when_its_target_is_a_page_the_public_sees(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/articles/..%2F..")]
    [InlineData("/articles/%2e%2e")]
    [InlineData("/articles/%C3%A9%ZZ")]
    [InlineData("/blog/tag/%0D%0ALocation:%20https://evil.example")]
    public async Task Hostile_old_addresses_never_get_a_server_error_nor_a_redirect_off_the_site(string path)
    {
        var response = await GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
        if (response.Headers.Location is { } location)
        {
            Assert.StartsWith("/", location.OriginalString, StringComparison.Ordinal);
            Assert.False(location.OriginalString.StartsWith("//", StringComparison.Ordinal));
            Assert.DoesNotContain('\n', location.OriginalString);
        }
    }

    [Fact]
    public async Task A_very_long_old_address_is_a_404()
    {
        var response = await GetAsync("/articles/" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Site:Redirects:0:From", "articles/{id}", "Site:Redirects:0:From")]
    [InlineData("Site:Redirects:2:To", "/blog/{slug}", "Site:Redirects:2:To : utilise « {slug} »")]
    [InlineData("Site:Redirects:1:From", "/articles/x-{id}", "Site:Redirects:1:From")]
    public void A_wrong_rule_stops_the_app_at_start_naming_its_key(string key, string value, string message)
    {
        using var content = ListsContent.Write();
        var settings = ListsContent.Settings();
        settings[key] = value;
        using var factory = new SiteFactory(content.Root, settings: settings);

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(failure.Failures, failure => failure.Contains(message, StringComparison.Ordinal));
    }
}
