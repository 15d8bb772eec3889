using System.Net;
using FabMob.Web.Search;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Search;

/// <summary><c>Search:Enabled=false</c> (what the export uses): no index is built, <c>/recherche</c> is not found, pages are served.</summary>
public sealed class SearchDisabledTests : IDisposable
{
    private readonly SearchSite _site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Search:Enabled"] = "false" });

    [Fact]
    public async Task No_index_is_built_and_search_answers_the_french_404_page_at_once()
    {
        var (response, page) = await _site.SearchAsync("vélo");

        // 404, not the 503 « la recherche se prépare » of a site still building its first index.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("introuvable", page.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Null(_site.Factory.Services.GetRequiredService<SearchIndexHost>().Lease());
        Assert.Equal(HttpStatusCode.OK, (await Html.GetAsync(_site.Client, "/blog/velo-electrique")).Response.StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
