using System.Globalization;
using System.Net;

namespace FabMob.Web.Tests.Search;

/// <summary>Ten results a page, <c>&amp;page=2</c> for the next; a page that does not exist is a 404.</summary>
public sealed class SearchPaginationTests : IDisposable
{
    private const int Sheets = 23;

    private readonly SearchSite _site = SearchSite.Create(prepare: content =>
    {
        for (var i = 1; i <= Sheets; i++)
        {
            var n = i.ToString("00", CultureInfo.InvariantCulture);
            content.Write($"fiches/fiche-{n}.md", $"---\ntitre: Fiche {n}\n---\n\nUne fiche sur l'autopartage, numéro {n}.\n");
        }
    });

    [Fact]
    public async Task Results_come_ten_a_page_with_links_between_pages()
    {
        var (first, page1) = await _site.SearchAsync("autopartage");
        var (_, page2) = await _site.SearchAsync("autopartage", "2");
        var (_, page3) = await _site.SearchAsync("autopartage", "3");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("23 résultats pour «\u202Fautopartage\u202F»", page1.QuerySelector("h2.recherche__total")?.TextContent);
        Assert.Equal(10, SearchSite.Results(page1).Count);
        Assert.Equal(10, SearchSite.Results(page2).Count);
        Assert.Equal(3, SearchSite.Results(page3).Count);
        Assert.Equal(Sheets, SearchSite.Results(page1).Concat(SearchSite.Results(page2)).Concat(SearchSite.Results(page3)).Distinct().Count());

        Assert.Equal("/recherche?q=autopartage&page=2", page1.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Null(page1.QuerySelector("nav.pagination a[rel=prev]"));
        Assert.Equal("/recherche?q=autopartage", page2.QuerySelector("nav.pagination a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("2", page2.QuerySelector("nav.pagination a[aria-current=page]")?.TextContent);
        Assert.Equal("Pages de résultats", page2.QuerySelector("nav.pagination")?.GetAttribute("aria-label"));
        Assert.Null(page3.QuerySelector("nav.pagination a[rel=next]"));
        Assert.Equal("11", page2.QuerySelector("ol.recherche__resultats")?.GetAttribute("start"));
        Assert.Equal("Recherche : autopartage (page 2) · La Fabrique des Mobilités", page2.Title);
    }

    [Fact]
    public async Task The_query_is_kept_encoded_in_the_page_links()
    {
        var (_, page) = await _site.SearchAsync("l’autopartage & fiche");

        Assert.Equal("/recherche?q=l%E2%80%99autopartage%20%26%20fiche&page=2", page.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("deux")]
    [InlineData("99999999999")]
    [InlineData("")]
    public async Task A_page_that_does_not_exist_is_not_found(string page)
    {
        var (response, document) = await _site.SearchAsync("autopartage", page);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", document.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task A_search_with_no_result_has_a_first_page_but_no_second()
    {
        Assert.Equal(HttpStatusCode.OK, (await _site.SearchAsync("hélicoptère", "1")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.SearchAsync("hélicoptère", "2")).Response.StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
