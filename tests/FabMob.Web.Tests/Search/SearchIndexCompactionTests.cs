using FabMob.Web.Content;
using FabMob.Web.Search;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Search;

/// <summary>
/// The first search index is followed by one compacting collection that gives the build's garbage back,
/// with the snapshot cache on (the default, where pages keep their text) as well as off; with search on it is the only
/// one after the start (the content host leaves its own to it), with search off the content host compacts.
/// </summary>
public sealed class SearchIndexCompactionTests : IDisposable
{
    private readonly TempSite _cache = TempSite.Empty();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task With_the_snapshot_cache_on_the_first_index_is_followed_by_one_full_compacting_collection()
    {
        var collectionsBefore = GC.CollectionCount(GC.MaxGeneration);
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Site:CacheDirectory"] = _cache.Root });
        var host = site.Factory.Services.GetRequiredService<SearchIndexHost>();
        using (var lease = await host.LeaseAsync(TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            Assert.NotNull(lease);
        }

        Assert.NotNull(site.Factory.Services.GetRequiredService<PageCacheStore>().FilePath);
        Assert.Equal(1, host.Compactions);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > collectionsBefore);
    }

    [Fact]
    public async Task With_the_snapshot_cache_off_the_first_index_is_followed_by_one_full_compacting_collection()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Site:PageCache"] = "false" });
        var host = site.Factory.Services.GetRequiredService<SearchIndexHost>();
        using (var lease = await host.LeaseAsync(TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            Assert.NotNull(lease);
        }

        Assert.Null(site.Factory.Services.GetRequiredService<PageCacheStore>().FilePath);
        Assert.Equal(1, host.Compactions);
    }

    [Fact]
    public async Task With_search_on_the_start_is_followed_by_one_compacting_collection_the_first_index_s_not_two()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Site:CacheDirectory"] = _cache.Root });
        var content = site.Factory.Services.GetRequiredService<ContentSnapshotHost>();
        var host = site.Factory.Services.GetRequiredService<SearchIndexHost>();

        // The first response ends the start: the content host's work after it runs, then the first index is built.
        using (var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        await content.AfterStart.WaitAsync(TimeSpan.FromSeconds(30));
        using (var lease = await host.LeaseAsync(TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            Assert.NotNull(lease);
        }

        Assert.Equal(0, content.Compactions);
        Assert.Equal(1, host.Compactions);
    }

    [Fact]
    public async Task With_search_off_the_content_host_compacts_once_after_the_start()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?>
        {
            ["Site:CacheDirectory"] = _cache.Root,
            ["Search:Enabled"] = "false",
        });
        var content = site.Factory.Services.GetRequiredService<ContentSnapshotHost>();

        using (var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        await content.AfterStart.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, content.Compactions);
        Assert.Equal(0, site.Factory.Services.GetRequiredService<SearchIndexHost>().Compactions);
    }

    [Fact]
    public async Task A_later_index_after_an_edit_adds_no_compacting_collection()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Site:CacheDirectory"] = _cache.Root });
        var host = site.Factory.Services.GetRequiredService<SearchIndexHost>();
        var content = site.Factory.Services.GetRequiredService<ContentSnapshotHost>();
        using (await host.LeaseAsync(TimeSpan.FromSeconds(30), CancellationToken.None))
        {
        }

        var next = await content.RebuildAsync();
        await host.BuildAsync(next);

        Assert.Equal(1, host.Compactions);
    }
}
