using System.Net;

namespace FabMob.Web.Tests.Search;

/// <summary>Search understands French: accents, case, elisions, plurals; all words, phrases; ranking and highlighting.</summary>
public sealed class SearchFrenchTests(SearchSite site) : IClassFixture<SearchSite>
{
    private static readonly string[] Bikes = ["/blog/velo-electrique", "/blog/velo-sans-accent", "/blog/batterie", "/blog/flottes"];
    private static readonly string[] Experiments = ["/blog/apostrophe-droite", "/blog/apostrophe-courbe", "/blog/sans-article"];

    [Theory]
    [InlineData("vélo")]
    [InlineData("velo")]
    [InlineData("VÉLO")]
    [InlineData("Velo")]
    [InlineData("vélos")]
    [InlineData("VELOS")]
    public async Task Accents_case_and_plural_do_not_change_what_is_found(string query)
    {
        var found = await site.AllResultsAsync(query);

        Assert.Equal(Bikes.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task With_or_without_accents_the_results_come_in_the_same_order()
    {
        Assert.Equal(await site.AllResultsAsync("vélo"), await site.AllResultsAsync("velo"));
        Assert.Equal(await site.AllResultsAsync("expérimentation"), await site.AllResultsAsync("experimentation"));
    }

    [Theory]
    [InlineData("l'expérimentation")]
    [InlineData("l’expérimentation")]
    [InlineData("L’EXPÉRIMENTATION")]
    [InlineData("expérimentation")]
    [InlineData("experimentation")]
    [InlineData("d'expérimentations")]
    [InlineData("qu’expérimentation")]
    public async Task Elisions_with_either_apostrophe_find_the_same_articles(string query)
    {
        var found = await site.AllResultsAsync(query);

        Assert.Equal(Experiments.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("territoire")]
    [InlineData("territoires")]
    [InlineData("Territoires")]
    public async Task Singular_and_plural_in_s_find_each_other(string query)
    {
        var found = await site.AllResultsAsync(query);

        Assert.Equal(["/actions/territoires", "/blog/territoire"], found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("réseau")]
    [InlineData("réseaux")]
    [InlineData("reseaux")]
    public async Task Singular_and_plural_in_x_find_each_other(string query)
    {
        var found = await site.AllResultsAsync(query);

        Assert.Equal(["/actions/reseau", "/blog/reseaux"], found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_word_in_the_title_ranks_above_one_in_a_heading_above_one_in_the_body()
    {
        var found = await site.AllResultsAsync("tramway");

        Assert.Equal(["/transports/titre", "/transports/intertitre", "/transports/texte"], found);
    }

    [Fact]
    public async Task Several_words_find_only_the_pages_holding_all_of_them()
    {
        Assert.Equal(["/actions/covoiturage-rural"], await site.AllResultsAsync("covoiturage rural"));
        Assert.Equal(["/actions/covoiturage-rural"], await site.AllResultsAsync("rural covoiturage"));
        Assert.Equal(3, (await site.AllResultsAsync("covoiturage")).Count);
    }

    [Fact]
    public async Task Small_words_do_not_narrow_a_search()
    {
        Assert.Equal(await site.AllResultsAsync("tramway"), await site.AllResultsAsync("le tramway"));
    }

    [Theory]
    [InlineData("\"vélo électrique\"")]
    [InlineData("« vélo électrique »")]
    [InlineData("“velo electrique”")]
    public async Task Words_in_quotes_are_a_phrase(string query)
    {
        Assert.Equal(["/blog/velo-electrique"], await site.AllResultsAsync(query));
    }

    [Fact]
    public async Task The_same_words_without_quotes_may_be_apart()
    {
        var found = await site.AllResultsAsync("vélo électrique");

        Assert.Equal(["/blog/batterie", "/blog/velo-electrique"], found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_phrase_folds_accents_elisions_and_plurals_too()
    {
        Assert.Equal(["/blog/apostrophe-droite"], await site.AllResultsAsync("\"par l’experimentation\""));
        Assert.Equal(["/blog/flottes", "/blog/velo-sans-accent"], (await site.AllResultsAsync("\"vélo partagés\"")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Matched_words_are_highlighted_in_the_title_and_the_extract_as_written()
    {
        var (response, page) = await site.SearchAsync("velos");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector("li.resultat")!;
        Assert.Equal("/blog/velo-electrique", Uri.UnescapeDataString(first.QuerySelector("h3 a")!.GetAttribute("href")!));
        Assert.Equal(["vélo"], first.QuerySelectorAll("h3 mark").Select(m => m.TextContent));
        Assert.Equal(["vélo"], first.QuerySelectorAll(".resultat__extrait mark").Select(m => m.TextContent));
        var flottes = page.QuerySelectorAll("li.resultat").Single(r => r.QuerySelector("h3 a")!.GetAttribute("href")!.EndsWith("flottes", StringComparison.Ordinal));
        Assert.Equal(["VÉLOS"], flottes.QuerySelectorAll(".resultat__extrait mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Text_that_looks_like_html_is_shown_escaped_in_titles_and_extracts()
    {
        var (response, page) = await site.SearchAsync("marqueur");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Assert.Single(page.QuerySelectorAll("li.resultat"));
        var title = result.QuerySelector("h3 a")!;
        Assert.Equal("Balises <b> et esperluettes & co", title.TextContent);
        Assert.Empty(title.Children);
        var extract = result.QuerySelector(".resultat__extrait")!;
        Assert.All(extract.Children, child => Assert.Equal("MARK", child.TagName));
        Assert.Equal(2, extract.QuerySelectorAll("mark").Length);
        Assert.Contains("<b>gras</b>", extract.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dupont & Durand", extract.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", extract.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
        Assert.Contains("&lt;b&gt;gras&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Dupont &amp; Durand", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_shows_its_french_date_and_a_page_none()
    {
        var (_, page) = await site.SearchAsync("territoire");

        var dated = page.QuerySelectorAll("li.resultat").Single(r => r.QuerySelector("h3 a")!.GetAttribute("href") == "/blog/territoire");
        Assert.Equal("1er septembre 2021", dated.QuerySelector("time")?.TextContent);
        Assert.Equal("2021-09-01", dated.QuerySelector("time")?.GetAttribute("datetime"));
        var plain = page.QuerySelectorAll("li.resultat").Single(r => r.QuerySelector("h3 a")!.GetAttribute("href") == "/actions/territoires");
        Assert.Null(plain.QuerySelector("time"));
    }

    [Fact]
    public async Task The_count_and_the_query_are_shown_and_the_page_is_not_for_search_engines()
    {
        var (_, page) = await site.SearchAsync("vélo");

        Assert.Equal("4 résultats pour «\u202Fvélo\u202F»", page.QuerySelector("h2.recherche__total")?.TextContent);
        Assert.Equal("vélo", page.QuerySelector("main input[name=q]")?.GetAttribute("value"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Recherche : vélo · La Fabrique des Mobilités", page.Title);
    }

    [Fact]
    public async Task Nothing_found_says_so()
    {
        var (response, page) = await site.SearchAsync("hélicoptère");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Aucun résultat pour «\u202Fhélicoptère\u202F»", page.QuerySelector("h2.recherche__total")?.TextContent);
        Assert.Empty(SearchSite.Results(page));
    }

    [Fact]
    public async Task Head_answers_like_get()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/recherche?q=v%C3%A9lo");
        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/blog/velo-electrique")]
    [InlineData("/actions/reseau")]
    public async Task Every_page_has_a_plain_search_form_in_its_header(string path)
    {
        var (_, page) = await Infrastructure.Html.GetAsync(site.Client, path);

        var form = Assert.Single(page.QuerySelectorAll("header form[role=search]"));
        Assert.Equal("/recherche", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Null(form.GetAttribute("onsubmit"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("Rechercher sur le site", form.QuerySelector($"label[for={input.Id}]")?.TextContent);
        Assert.NotNull(form.QuerySelector("input[type=submit]"));
    }

    [Fact]
    public async Task The_search_page_shows_one_search_form_and_an_invitation_when_empty()
    {
        var (response, page) = await Infrastructure.Html.GetAsync(site.Client, "/recherche");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("form[role=search]"));
        Assert.Equal("", page.QuerySelector("main input[name=q]")?.GetAttribute("value") ?? "");
        Assert.Null(page.QuerySelector("h2.recherche__total"));
        Assert.Contains("Majuscules et accents ne comptent pas", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
