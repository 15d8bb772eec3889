using System.Net;

namespace FabMob.Web.Tests.Search;

/// <summary>Drafts and scheduled articles never appear in results before their time; in Development they do, marked.</summary>
public sealed class SearchPublicationTests
{
    [Fact]
    public async Task In_production_drafts_and_scheduled_articles_are_not_found_until_their_time()
    {
        using var site = new SearchSite();

        Assert.Equal(["/blog/zeppelin-publie"], await site.AllResultsAsync("zeppelin"));
        var (_, page) = await site.SearchAsync("zeppelin");
        Assert.Equal("1 résultat pour «\u202Fzeppelin\u202F»", page.QuerySelector("h2.recherche__total")?.TextContent);
        Assert.DoesNotContain("brouillon", page.QuerySelector("ol.recherche__resultats")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await site.AllResultsAsync("programmé dirigeable"));

        // No rebuild: the same index, asked after the clock passes the scheduled date.
        site.Clock.Set(new DateTimeOffset(2027, 1, 15, 0, 0, 1, TimeSpan.FromHours(1)));

        Assert.Equal(["/blog/zeppelin-programme", "/blog/zeppelin-publie"], (await site.AllResultsAsync("zeppelin")).Order(StringComparer.Ordinal));
        Assert.Equal(["/blog/zeppelin-programme"], await site.AllResultsAsync("programmé dirigeable"));
    }

    [Fact]
    public async Task In_production_a_draft_is_never_found_even_by_its_title()
    {
        using var site = new SearchSite();
        site.Clock.Set(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(await site.AllResultsAsync("brouillon"));
        Assert.Empty(await site.AllResultsAsync("\"Une page en brouillon\""));
    }

    [Fact]
    public async Task In_development_drafts_and_scheduled_articles_are_found_and_marked()
    {
        using var site = SearchSite.Create("Development");

        var (response, page) = await site.SearchAsync("zeppelin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = page.QuerySelectorAll("li.resultat").ToList();
        Assert.Equal(4, results.Count);
        var marked = results
            .Where(r => r.QuerySelector(".badge-brouillon") is not null)
            .Select(r => Uri.UnescapeDataString(r.QuerySelector("h3 a")!.GetAttribute("href")!))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["/actions/zeppelin-brouillon", "/blog/zeppelin-brouillon", "/blog/zeppelin-programme"], marked);
    }
}
