using FabMob.Web.Content;
using FabMob.Web.Hosting;
using FabMob.Web.Search;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Search;

/// <summary>
/// The first search index is followed by one compacting collection that gives the build's garbage back,
/// with the snapshot cache on (the default, where pages keep their text) as well as off; with search on it is the only
/// one after the start (<see cref="AfterStartCompaction"/> waits for it), with search off it comes once the start is over.
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
        Assert.Equal(1, site.Factory.Services.GetRequiredService<AfterStartCompaction>().Compactions);
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
        Assert.Equal(1, site.Factory.Services.GetRequiredService<AfterStartCompaction>().Compactions);
    }

    [Fact]
    public async Task With_search_on_the_start_is_followed_by_one_compacting_collection_the_first_index_s_not_two()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Site:CacheDirectory"] = _cache.Root });
        var compaction = site.Factory.Services.GetRequiredService<AfterStartCompaction>();
        var host = site.Factory.Services.GetRequiredService<SearchIndexHost>();

        // The first response ends the start: the first index is built, and the collection comes after it.
        using (var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        await compaction.Done.WaitAsync(TimeSpan.FromSeconds(30));

        // Made once the first index was in service, not when the start was over (the index is swapped in, then compacts).
        using var lease = host.Lease();
        Assert.NotNull(lease);
        Assert.True(compaction.AfterFirstIndexOnly);
        Assert.Equal(1, compaction.Compactions);
    }

    [Fact]
    public async Task With_search_off_the_content_host_compacts_once_after_the_start()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?>
        {
            ["Site:CacheDirectory"] = _cache.Root,
            ["Search:Enabled"] = "false",
        });
        var compaction = site.Factory.Services.GetRequiredService<AfterStartCompaction>();

        using (var response = await site.Client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        await compaction.Done.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(compaction.AfterFirstIndexOnly);
        Assert.Equal(1, compaction.Compactions);
        Assert.Null(site.Factory.Services.GetRequiredService<SearchIndexHost>().Lease());
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

        Assert.Equal(1, site.Factory.Services.GetRequiredService<AfterStartCompaction>().Compactions);
    }
}
