using System.Net;
using AngleSharp.Dom;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.DataPages;

/// <summary>The missions page filtered by commun and poste through a plain GET form, behind the response cache.</summary>
public sealed class MissionFilterTests(AssociationDataSite site) : IClassFixture<AssociationDataSite>
{
    private const string Path = "/participer/mecenat";

    private readonly HttpClient _client = site.Factory.CreateRawClient();

    private async Task<IDocument> GetAsync(string query)
    {
        var (response, page) = await Html.GetAsync(_client, Path + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static List<string?> Shown(IDocument page) => [.. page.QuerySelectorAll("li.mission").Select(m => m.Id)];

    [Fact]
    public async Task Filtering_by_commun_shows_its_missions_and_keeps_the_choice_selected()
    {
        var page = await GetAsync("?commun=" + Uri.EscapeDataString("Mon Compte Mobilité"));

        Assert.Equal(["dev-front", "mission-libre"], Shown(page));
        Assert.Equal("Mon Compte Mobilité", page.QuerySelector("select[name=commun] option[selected]")?.GetAttribute("value"));
        Assert.Contains("2 missions correspondent à ces critères", page.QuerySelector(".filtres__resultat")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_poste_ignores_case_and_spaces()
    {
        var page = await GetAsync("?poste=" + Uri.EscapeDataString("  données "));

        Assert.Equal(["data"], Shown(page));
    }

    [Fact]
    public async Task Filtering_by_both_keeps_the_missions_that_match_both()
    {
        Assert.Equal(["mission-libre"], Shown(await GetAsync("?commun=Mon%20Compte%20Mobilit%C3%A9&poste=Design")));
        Assert.Empty(Shown(await GetAsync("?commun=Mon%20Compte%20Mobilit%C3%A9&poste=Donn%C3%A9es")));
    }

    [Fact]
    public async Task An_empty_choice_means_all()
    {
        Assert.Equal(3, Shown(await GetAsync("?commun=&poste=")).Count);
    }

    [Theory]
    [InlineData("?commun=Inconnu")]
    [InlineData("?poste=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("?commun=%00%FF")]
    public async Task An_unknown_value_gives_the_no_match_message_and_never_an_error(string query)
    {
        var page = await GetAsync(query);

        Assert.Empty(Shown(page));
        Assert.Equal("Aucune mission ne correspond à ces critères.", page.QuerySelector(".filtres__resultat")?.TextContent.Trim());
        Assert.Equal(Path, Uri.UnescapeDataString(page.QuerySelector(".filtres__actions a")!.GetAttribute("href")!));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_cached_unfiltered_page_is_never_served_for_a_filtered_request_nor_the_reverse()
    {
        var all = await GetAsync("");
        var again = await _client.GetAsync(new Uri(Html.Encode(Path), UriKind.Relative));
        var filtered = await GetAsync("?poste=Design");
        var allAfter = await GetAsync("?utm_source=lettre");

        Assert.NotNull(again.Headers.ETag);
        Assert.Equal(3, Shown(all).Count);
        Assert.Equal(["mission-libre"], Shown(filtered));
        Assert.Equal(3, Shown(allAfter).Count);
    }
}
