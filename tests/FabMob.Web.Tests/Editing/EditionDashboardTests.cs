using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing;

/// <summary>The dashboard lists the fixture's pages, articles by year and data files, and filters them by title.</summary>
public sealed class EditionDashboardTests(EditionSiteFixture fixture) : IClassFixture<EditionSiteFixture>
{
    private readonly EditionSite _site = fixture.Site;

    [Fact]
    public async Task The_dashboard_lists_pages_articles_by_year_and_data_files_with_path_and_address()
    {
        using var client = await SignedInAsync();

        var (response, page) = await Html.GetAsync(client, "/_edition");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pages = Entries(page, "titre-pages");
        Assert.Contains(("Accueil du corpus", "index.md", "/"), pages);
        Assert.Contains(("Le blog de test", "blog/_index.md", "/blog"), pages);
        var years = page.QuerySelectorAll("section[aria-labelledby=titre-articles] h3").Select(h => h.TextContent).ToList();
        // The scheduled article (dated 2999) has its own year, first: years follow the articles' dates, newest first.
        Assert.Equal(["2999", "2024", "2021", "2015"], years.Where(y => y.All(char.IsDigit)));
        var articles = Entries(page, "titre-articles");
        Assert.Contains(("La genèse de la Fabrique", "blog/2015/genese.md", "/blog/genese"), articles);
        Assert.Contains(articles, a => a.Path == "blog/2024/brouillon.md");
        Assert.Contains(articles, a => a.Path == "blog/2021/Aller vers le covoiturage par l'expérimentation.md");
        var data = Entries(page, "titre-donnees");
        Assert.Contains(data, d => d.Path == "_data/equipe.yaml");
        Assert.Contains(data, d => d.Path == "_data/evenements.yaml");
        var link = page.QuerySelectorAll("a.edition__titre").Single(a => a.TextContent == "La genèse de la Fabrique");
        Assert.Equal("/_edition/fichier?chemin=blog%2F2015%2Fgenese.md", link.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a.lien-evitement[href='#contenu']"));
        Assert.NotNull(page.QuerySelector("main#contenu"));
        Assert.NotNull(page.QuerySelector("label[for=edition-q]"));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_title_filter_ignores_case_and_accents_and_keeps_only_matching_files()
    {
        using var client = await SignedInAsync();

        var (_, page) = await Html.GetAsync(client, "/_edition?q=GENESE");

        var titles = page.QuerySelectorAll("a.edition__titre").Select(a => a.TextContent).ToList();
        Assert.Equal(["La genèse de la Fabrique"], titles);
        Assert.Equal("GENESE", page.QuerySelector("input[name=q]")?.GetAttribute("value"));
        Assert.Contains("1 fichier sur", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_typed_in_the_filter_is_shown_as_text()
    {
        using var client = await SignedInAsync();

        var (response, page) = await Html.GetAsync(client, "/_edition?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("a.edition__titre"));
    }

    [Fact]
    public async Task The_edit_screen_answers_with_the_articles_form_and_is_never_stored()
    {
        using var client = await SignedInAsync();

        var response = await client.GetAsync(new Uri("/_edition/fichier?chemin=blog%2F2015%2Fgenese.md", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("form.edition__article input[name=blob]"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
    }

    [Fact]
    public async Task Editor_pages_are_no_store_and_keep_the_strict_policy_that_lets_forms_post_to_the_site()
    {
        using var client = await SignedInAsync();

        var response = await client.GetAsync(new Uri("/_edition", UriKind.Relative));
        var again = await client.GetAsync(new Uri("/_edition", UriKind.Relative));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(again.Headers.ETag);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_to_a_public_page_is_still_refused_with_405()
    {
        using var client = await SignedInAsync();

        var response = await EditionSite.PostAsync(client, "/blog/genese", [new("x", "y")]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_and_the_robots_file_do_not_name_the_editor()
    {
        using var client = _site.NewClient();

        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.Contains("/blog/genese", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("_edition", sitemap, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _site.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password)).StatusCode);
        return client;
    }

    private static List<(string Title, string Path, string? Address)> Entries(AngleSharp.Dom.IDocument page, string section) =>
        [.. page.QuerySelectorAll($"section[aria-labelledby={section}] li.edition__entree").Select(li => (
            li.QuerySelector(".edition__titre")!.TextContent,
            li.QuerySelector(".edition__chemin code")!.TextContent,
            li.QuerySelector(".edition__adresse a")?.TextContent))];
}
