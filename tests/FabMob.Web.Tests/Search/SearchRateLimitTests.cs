using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Search;

/// <summary>Search is rate-limited per client; past the limit it answers 429 in French, and pages are still served.</summary>
public sealed class SearchRateLimitTests : IDisposable
{
    private readonly SearchSite _site = SearchSite.Create(settings: new Dictionary<string, string?>
    {
        ["Search:PermitLimit"] = "3",
        ["Search:WindowSeconds"] = "60",
    });

    [Fact]
    public async Task Past_the_limit_a_search_gets_a_429_with_a_french_page_and_pages_are_still_served()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _site.SearchAsync("vélo")).Response.StatusCode);
        }

        var (response, page) = await _site.SearchAsync("<b>vélo</b>");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("Trop de recherches", page.QuerySelector(".recherche__message")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("<b>vélo</b>", page.QuerySelector("main input[name=q]")?.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Empty(SearchSite.Results(page));

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Html.GetAsync(_site.Client, "/recherche")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Html.GetAsync(_site.Client, "/")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Html.GetAsync(_site.Client, "/blog/velo-electrique")).Response.StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
