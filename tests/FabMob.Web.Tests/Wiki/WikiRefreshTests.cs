using System.Text.Json;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Wiki;

namespace FabMob.Web.Tests.Wiki;

/// <summary>The background refresh against a stand-in MediaWiki on loopback, with a real cache folder.</summary>
public sealed class WikiRefreshTests : IAsyncLifetime
{
    private const string Mcm = "Mon_Compte_Mobilité";
    private const string Rpc = "Registre_de_Preuve_de_Covoiturage_(RPC)";

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "fabmob-tests", "wiki-" + Guid.NewGuid().ToString("N"));
    private StandInWiki _wiki = null!;

    public async Task InitializeAsync()
    {
        _wiki = await StandInWiki.StartAsync();
        _wiki.SetPage("Mon Compte Mobilité",
            "{{Commun\n|Titre=Mon Compte Mobilité\n|Main_Picture=MCM logo.png\n|description=Un compte pour les '''aides''' à la [[mobilité]].\n}}");
        _wiki.SetPage("Registre de preuve de covoiturage",
            "{{Commun|Titre=Registre de preuve de covoiturage|description=Le RPC.}}", pageImage: "RPC schéma.png");
        _wiki.SetRedirect("Registre de Preuve de Covoiturage (RPC)", "Registre de preuve de covoiturage");
    }

    public async Task DisposeAsync()
    {
        await _wiki.DisposeAsync();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private Task<WikiServiceHarness> StartAsync(IEnumerable<string>? ids = null, Action<WikiOptions>? configure = null) =>
        WikiServiceHarness.StartAsync(_wiki.ApiUrl, _cache, ids ?? [Mcm, Rpc], configure);

    [Fact]
    public async Task Titles_pictures_and_summaries_come_from_the_wiki_through_normalised_and_redirected_titles()
    {
        await using var site = await StartAsync();

        var mcm = await site.WaitForAsync(Mcm, s => s.Summary is not null);
        var rpc = await site.WaitForAsync(Rpc, s => s.Summary is not null);

        Assert.Equal("Mon Compte Mobilité", mcm.Title);
        Assert.Equal("Un compte pour les aides à la mobilité.", mcm.Summary);
        Assert.Equal(_wiki.Root + "/wiki/Special:Filepath/MCM_logo.png", mcm.ImageUrl);
        Assert.Equal(_wiki.Root + "/wiki/Mon_Compte_Mobilit%C3%A9", mcm.Url);
        Assert.Equal("Registre de preuve de covoiturage", rpc.Title);
        Assert.Equal(_wiki.Root + "/wiki/Special:Filepath/RPC_sch%C3%A9ma.png", rpc.ImageUrl);
        Assert.Equal(_wiki.Root + "/wiki/Registre_de_preuve_de_covoiturage", rpc.Url);
        Assert.Equal([Mcm, Rpc], _wiki.Requests[0]);
    }

    [Fact]
    public async Task A_wiki_that_never_answers_leaves_readable_fallbacks_and_says_so_in_the_log()
    {
        _wiki.Behaviour = StandInWikiBehaviour.Hang;
        await using var site = await StartAsync(configure: o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));

        await site.WaitForLogAsync("n'a pas répondu en 0.3 s");
        var rpc = site.Catalog.Find(Rpc);

        Assert.Equal("Registre de Preuve de Covoiturage (RPC)", rpc.Title);
        Assert.Equal(_wiki.Root + "/wiki/Registre_de_Preuve_de_Covoiturage_(RPC)", rpc.Url);
        Assert.Null(rpc.Summary);
        Assert.Null(rpc.ImageUrl);
    }

    [Theory]
    [InlineData(StandInWikiBehaviour.Hang, "n'a pas répondu en 0.5 s")]
    [InlineData(StandInWikiBehaviour.SlowBody, "n'a pas répondu en 0.5 s")]
    [InlineData(StandInWikiBehaviour.ServerError, "le wiki répond 500")]
    [InlineData(StandInWikiBehaviour.MalformedJson, "n'est pas du JSON valide")]
    [InlineData(StandInWikiBehaviour.Oversized, "dépasse 262144 octets")]
    [InlineData(StandInWikiBehaviour.ApiError, "erreur (badvalue")]
    public async Task The_last_good_answer_stays_in_memory_and_across_a_restart_when_the_wiki_then_fails(
        StandInWikiBehaviour failure, string logged)
    {
        void Fast(WikiOptions o)
        {
            o.RefreshInterval = TimeSpan.FromSeconds(1);
            o.RequestTimeout = TimeSpan.FromMilliseconds(500);
        }

        await using (var site = await StartAsync(configure: Fast))
        {
            await site.WaitForAsync(Mcm, s => s.Summary is not null);
            _wiki.Behaviour = failure;

            await site.WaitForLogAsync(logged);
            var kept = site.Catalog.Find(Mcm);

            Assert.Equal("Un compte pour les aides à la mobilité.", kept.Summary);
            Assert.Equal(_wiki.Root + "/wiki/Special:Filepath/MCM_logo.png", kept.ImageUrl);
        }

        await using (var restarted = await StartAsync(configure: Fast))
        {
            // Read from the disk cache at start, before any answer of the (still failing) wiki.
            Assert.Equal("Un compte pour les aides à la mobilité.", restarted.Catalog.Find(Mcm).Summary);
            Assert.Equal("Le RPC.", restarted.Catalog.Find(Rpc).Summary);

            await restarted.WaitForLogAsync(logged);

            Assert.Equal("Un compte pour les aides à la mobilité.", restarted.Catalog.Find(Mcm).Summary);
        }
    }

    [Fact]
    public async Task A_page_the_wiki_then_reports_missing_keeps_its_last_good_answer()
    {
        await using var site = await StartAsync(configure: o => o.RefreshInterval = TimeSpan.FromSeconds(1));
        await site.WaitForAsync(Mcm, s => s.Summary is not null);

        _wiki.RemovePage("Mon Compte Mobilité");
        await site.WaitForLogAsync("« Mon_Compte_Mobilité » est absente du wiki");

        Assert.Equal("Un compte pour les aides à la mobilité.", site.Catalog.Find(Mcm).Summary);
    }

    [Fact]
    public async Task A_page_missing_from_the_start_reads_as_its_id()
    {
        await using var site = await StartAsync(ids: ["Page_qui_n'existe_pas", Mcm]);
        await site.WaitForAsync(Mcm, s => s.Summary is not null);

        var missing = site.Catalog.Find("Page_qui_n'existe_pas");

        Assert.Equal("Page qui n'existe pas", missing.Title);
        Assert.Null(missing.Summary);
    }

    [Fact]
    public async Task A_corrupt_cache_file_is_ignored_with_a_warning_and_replaced_by_the_next_good_answers()
    {
        Directory.CreateDirectory(_cache);
        var path = Path.Combine(_cache, WikiCacheFile.FileName);
        await File.WriteAllTextAsync(path, "{\"Version\":1,\"ApiUrl\":\"" + _wiki.ApiUrl.AbsoluteUri + "\",\"Pages\":[{\"Id\":\"Mon_Compte");
        _wiki.Behaviour = StandInWikiBehaviour.ServerError;

        await using (var site = await StartAsync())
        {
            await site.WaitForLogAsync("illisible");
            await site.WaitForLogAsync("le wiki répond 500");

            Assert.Equal("Mon Compte Mobilité", site.Catalog.Find(Mcm).Title);
            Assert.Null(site.Catalog.Find(Mcm).Summary);
        }

        _wiki.Behaviour = StandInWikiBehaviour.Normal;
        await using (var site = await StartAsync())
        {
            await site.WaitForAsync(Rpc, s => s.Summary is not null);
            await site.WaitForLogAsync("pages lues sur");
        }

        using var written = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        Assert.Equal(2, written.RootElement.GetProperty("Pages").GetArrayLength());
        Assert.Equal([WikiCacheFile.FileName], Directory.GetFiles(_cache).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_cache_written_for_another_wiki_is_not_shown()
    {
        await using (var site = await StartAsync())
        {
            await site.WaitForAsync(Mcm, s => s.Summary is not null);
            await site.WaitForLogAsync("pages lues sur");
        }

        await using var other = await WikiServiceHarness.StartAsync(new Uri("http://127.0.0.1:9/api.php"), _cache, [Mcm],
            o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));

        Assert.Null(other.Catalog.Find(Mcm).Summary);
        await other.WaitForLogAsync("vient d'un autre wiki");
    }

    [Fact]
    public async Task Pages_are_asked_fifty_at_a_time()
    {
        var ids = Enumerable.Range(1, 120).Select(i => $"Commun_{i}").ToList();
        foreach (var i in Enumerable.Range(1, 120))
        {
            _wiki.SetPage($"Commun {i}", $"{{{{Commun|Titre=Le commun n°{i}|description=Description {i}.}}}}");
        }

        await using var site = await StartAsync(ids);
        await site.WaitForAsync("Commun_120", s => s.Summary is not null);

        Assert.Equal([50, 50, 20], _wiki.Requests.Select(r => r.Count));
        Assert.Equal(ids, _wiki.Requests.SelectMany(r => r));
        Assert.All(ids, id => Assert.StartsWith("Le commun n°", site.Catalog.Find(id).Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_id_is_fetched_as_soon_as_it_is_announced_not_at_the_next_refresh()
    {
        await using var site = await StartAsync(ids: [Mcm]);
        await site.WaitForAsync(Mcm, s => s.Summary is not null);

        site.Ids.Set([Mcm, Rpc]);
        var rpc = await site.WaitForAsync(Rpc, s => s.Summary is not null, timeoutMs: 5_000);

        Assert.Equal("Le RPC.", rpc.Summary);
        Assert.Equal([Rpc], _wiki.Requests[^1]);
    }
}
