using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using FabMob.Web.Caching;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Wiki;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Wiki;

/// <summary>The whole site (WebApplicationFactory) with a communs data page whose ids a stand-in wiki answers.</summary>
public sealed class WikiSiteTests : IAsyncLifetime
{
    private readonly TempSite _content = TempSite.Empty();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "fabmob-tests", "wiki-" + Guid.NewGuid().ToString("N"));
    private StandInWiki _wiki = null!;

    public async Task InitializeAsync()
    {
        _wiki = await StandInWiki.StartAsync();
        _wiki.SetPage("Mon Compte Mobilité", "{{Commun|Titre=Mon Compte Mobilité|description=Un compte pour les aides.}}");
        _wiki.SetPage("Registre de Preuve de Covoiturage (RPC)", "{{Commun|Titre=RPC|description=Le registre.}}");
        _content.Write("index.md", "---\ntitre: Accueil\n---\nBienvenue.\n");
        _content.Write("autre.md", "---\ntitre: Autre\n---\nUne autre page.\n");
        _content.Write("_data/communs-fabmob.yaml", "- Mon_Compte_Mobilité\n");
    }

    public async Task DisposeAsync()
    {
        await _wiki.DisposeAsync();
        _content.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private SiteFactory Site(string timeout = "00:00:05") => new(_content.Root, settings: new Dictionary<string, string?>
    {
        ["Site:Wiki:ApiUrl"] = _wiki.ApiUrl.AbsoluteUri,
        ["Site:Wiki:CacheDirectory"] = _cache,
        ["Site:Wiki:RequestTimeout"] = timeout,
        ["Site:DataPages:3:Path"] = "/activités/communs",
        ["Site:DataPages:3:Data"] = "communs-fabmob",
        ["Site:DataPages:3:View"] = "communs",
        ["Site:DataPages:3:Title"] = "Les communs",
    }, services: s => s.AddSingleton<IStartupFilter, WikiTestEndpoint>());

    [Fact]
    public async Task Pages_are_answered_at_once_while_the_wiki_hangs_with_the_readable_fallback()
    {
        _wiki.Behaviour = StandInWikiBehaviour.Hang;
        using var site = Site(timeout: "00:00:30");
        using var client = site.CreateClient();
        await _wiki.WaitForRequestsAsync(1, TimeSpan.FromSeconds(20));

        var watch = Stopwatch.StartNew();
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var summary = await client.GetFromJsonAsync<WikiSummary>(new Uri("/_test/wiki/Mon_Compte_Mobilit%C3%A9", UriKind.Relative));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Mon Compte Mobilité", summary!.Title);
        Assert.Equal(_wiki.Root + "/wiki/Mon_Compte_Mobilit%C3%A9", summary.Url);
        Assert.Null(summary.Summary);
        Assert.True(watch.ElapsedMilliseconds < 5_000, $"{watch.ElapsedMilliseconds} ms while the wiki hangs for 30 s");
    }

    [Fact]
    public async Task The_ids_of_a_communs_data_page_are_fetched_and_an_id_added_to_the_file_is_fetched_soon()
    {
        using var site = Site();
        using var client = site.CreateClient();
        var catalog = site.Services.GetRequiredService<IWikiCatalog>();

        await Until(() => catalog.Find("Mon_Compte_Mobilité").Summary is not null);
        _content.Write("_data/communs-fabmob.yaml", "- Mon_Compte_Mobilité\n- Registre_de_Preuve_de_Covoiturage_(RPC)\n");
        await Until(() => catalog.Find("Registre_de_Preuve_de_Covoiturage_(RPC)").Summary is not null);

        Assert.Equal("RPC", catalog.Find("Registre_de_Preuve_de_Covoiturage_(RPC)").Title);
        Assert.Equal(["Registre_de_Preuve_de_Covoiturage_(RPC)"], _wiki.Requests[^1]);
    }

    [Fact]
    public async Task Responses_kept_in_the_response_cache_are_made_again_when_a_wiki_answer_changes()
    {
        using var site = Site();
        using var client = site.CreateClient();
        var catalog = site.Services.GetRequiredService<WikiCatalog>();
        var store = site.Services.GetRequiredService<ResponseCacheStore>();
        await Until(() => catalog.Find("Mon_Compte_Mobilité").Summary is not null);
        await client.GetAsync(new Uri("/", UriKind.Relative));
        await client.GetAsync(new Uri("/autre", UriKind.Relative));
        Assert.Equal(2, store.Count);

        catalog.Merge([catalog.Find("Mon_Compte_Mobilité") with { Summary = "Nouveau résumé." }]);
        await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(1, store.Count);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not reached in 20 s");
            await Task.Delay(25);
        }
    }
}
