using System.Net;
using FabMob.Web.Content;
using FabMob.Web.Editing;
using FabMob.Web.Hosting;
using FabMob.Web.Search;
using FabMob.Web.Tests.Editing;
using FabMob.Web.Tests.Search;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FabMob.Web.Tests.Hosting;

/// <summary>
/// What a start does before the first page, and what waits for it (docs/performance.md, « Ce que fait le démarrage
/// avant la première page »): the content's first build begins while the pipeline is described, the first search
/// index and the editor's key ring wait for the first response (here the quiet period is an hour, so only a
/// request ends the start).
/// </summary>
public sealed class StartupOrderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly TempSite _content = TempSite.FromFixture("search");
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "fabmob-tests", "cles-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_first_search_index_is_built_after_the_first_response_not_while_the_site_starts()
    {
        using var factory = Site();
        var search = factory.Services.GetRequiredService<SearchIndexHost>();
        Assert.Equal(1, factory.Services.GetRequiredService<ContentSnapshotHost>().Current.Version);
        // Long enough for the old order (an index built as soon as the snapshot exists) to have built this small one.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Null(search.Lease());
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains("Index de recherche construit", StringComparison.Ordinal));

        using var client = factory.CreateRawClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        using var lease = await EventuallyAsync(search.Lease);
        Assert.Equal(1, lease.Index.Version);
        // The index is in service before its build is logged (a compacting collection comes between): wait for the line.
        var messages = (await factory.Logs.WaitForAsync(e => e.Message.Contains("Index de recherche construit", StringComparison.Ordinal)))
            .Select(e => e.Message).ToList();
        var served = messages.FindIndex(m => m.StartsWith("HTTP GET / ", StringComparison.Ordinal));
        Assert.True(served >= 0 && served < messages.FindIndex(m => m.Contains("Index de recherche construit", StringComparison.Ordinal)),
            string.Join('\n', messages));
    }

    [Fact]
    public async Task A_search_that_comes_first_starts_the_first_index_at_once_and_gets_its_results()
    {
        using var factory = Site();
        using var client = factory.CreateRawClient();

        var (response, page) = await Html.GetAsync(client, "/recherche?q=" + Uri.EscapeDataString("vélo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(SearchSite.Results(page));
    }

    [Fact]
    public async Task The_start_is_over_at_the_first_response_or_after_the_quiet_period()
    {
        using (var waiting = Site())
        {
            var signal = waiting.Services.GetRequiredService<FirstResponseSignal>();
            Assert.False(signal.IsReached);
            using var client = waiting.CreateRawClient();
            await client.GetAsync(new Uri("/", UriKind.Relative));
            await signal.Reached.WaitAsync(Patience);
        }

        using var quiet = Site(TimeSpan.FromMilliseconds(50));
        // No request at all: the quiet period ends the start.
        await quiet.Services.GetRequiredService<FirstResponseSignal>().Reached.WaitAsync(Patience);
    }

    [Fact]
    public async Task The_content_begins_to_load_when_the_pipeline_is_described_before_the_host_starts()
    {
        var builder = SiteHost.CreateBuilder([$"--Site:ContentPath={_content.Root}", "--Site:PageCache=false", "--Search:Enabled=false"],
            "Production");
        builder.Services.AddFabMobSite();
        await using var app = builder.Build();

        app.UseFabMobSite();

        // Never started: the snapshot still comes.
        var content = app.Services.GetRequiredService<ContentSnapshotHost>();
        var snapshot = await EventuallyAsync(() =>
        {
            try
            {
                return content.Current;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        });
        Assert.Contains(snapshot.Pages, p => p.Url == "/");
    }

    [Fact]
    public void Without_editor_accounts_nothing_reads_the_key_ring_at_start()
    {
        using var factory = Site();

        var hosted = factory.Services.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        Assert.Contains(typeof(ContentSnapshotHost), hosted);
        Assert.DoesNotContain(hosted, EditionKeys.IsKeyRingStartup);
    }

    [Fact]
    public async Task With_editor_accounts_the_first_key_is_made_once_the_start_is_over()
    {
        var settings = EditionSite.Accounts();
        settings["Edition:KeysDirectory"] = _keys;
        using var factory = Site(settings: settings);
        _ = factory.Services.GetRequiredService<ContentSnapshotHost>().Current;
        Assert.False(Directory.Exists(_keys) && Directory.GetFiles(_keys, "key-*.xml").Length > 0, "a key was made at start");

        using var client = factory.CreateRawClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        await EventuallyAsync(() => Directory.Exists(_keys) && Directory.GetFiles(_keys, "key-*.xml").Length > 0 ? _keys : null);
    }

    private SiteFactory Site(TimeSpan? quietPeriod = null, Dictionary<string, string?>? settings = null)
    {
        var values = settings ?? [];
        values["Search:PermitLimit"] = "0";
        return new SiteFactory(_content.Root, settings: values, services: services => services.AddSingleton(provider =>
            new FirstResponseSignal(provider.GetRequiredService<IHostApplicationLifetime>(), quietPeriod ?? TimeSpan.FromHours(1))));
    }

    private static async Task<T> EventuallyAsync<T>(Func<T?> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"nothing came within {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }
}
