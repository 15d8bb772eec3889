using FabMob.Content;
using FabMob.Web.Search;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Search;

/// <summary>The index on its own, on real SQLite: built whole from a snapshot, readable while leased, closed when the last lease goes.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture("search");

    [Fact]
    public void An_index_holds_every_page_of_its_snapshot_and_finds_them()
    {
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        using var index = SearchIndex.Build(snapshot);

        Assert.Equal(snapshot.Pages.Count, index.PageCount);
        Assert.Same(snapshot, index.Snapshot);
        var results = index.Search(SearchQuery.Parse("zeppelin"), _ => true, 0, 10);
        Assert.Equal(4, results.Total);
        Assert.Equal(2, index.Search(SearchQuery.Parse("zeppelin"), page => !page.IsDraft, 0, 10).Total);
        Assert.Single(index.Search(SearchQuery.Parse("zeppelin"), _ => true, 3, 10).Hits);
        Assert.Same(SearchResults.None, index.Search(SearchQuery.Parse("!!!"), _ => true, 0, 10));
    }

    [Fact]
    public void A_broad_query_is_ranked_by_tiers_then_newest_first()
    {
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        using var index = SearchIndex.Build(snapshot, broadMatches: 1);

        Assert.Equal(["/transports/titre", "/transports/intertitre", "/transports/texte"], Urls(index, "tramway"));
        Assert.Equal(["/blog/zeppelin-programme", "/blog/zeppelin-brouillon", "/blog/zeppelin-publie", "/actions/zeppelin-brouillon"],
            Urls(index, "zeppelin"));
        Assert.Equal(["/blog/velo-electrique", "/blog/flottes", "/blog/batterie", "/blog/velo-sans-accent"], Urls(index, "vélo"));
        Assert.Equal(["/blog/velo-electrique"], Urls(index, "\"vélo électrique\""));

        // Hidden pages are neither counted nor shown, and the asked slice is taken after them.
        var visible = index.Search(SearchQuery.Parse("zeppelin"), page => !page.IsDraft, 1, 1);
        Assert.Equal(2, visible.Total);
        Assert.Equal(["/blog/zeppelin-publie"], visible.Hits.Select(hit => hit.Page.Url));
        Assert.Empty(index.Search(SearchQuery.Parse("zeppelin"), page => !page.IsDraft, 2, 10).Hits);
    }

    [Fact]
    public void A_replaced_index_stays_readable_until_its_last_lease_is_released()
    {
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        var index = SearchIndex.Build(snapshot);
        Assert.True(index.TryAcquire());
        var lease = new SearchIndexLease(index);

        index.Dispose();

        Assert.Equal(3, lease.Index.Search(SearchQuery.Parse("tramway"), _ => true, 0, 10).Total);
        Assert.True(index.TryAcquire());
        index.Release();
        lease.Dispose();
        lease.Dispose();
        Assert.False(index.TryAcquire());
    }

    [Fact]
    public async Task Searches_during_rebuilds_always_see_a_whole_index()
    {
        using var site = new SearchSite();
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var searches = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var (response, page) = await site.SearchAsync("tramway");
                Interlocked.Increment(ref searches);
                if (response.StatusCode != System.Net.HttpStatusCode.OK || SearchSite.Results(page).Count < 3)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        for (var i = 0; i < 6; i++)
        {
            site.Content.Write($"transports/ajout-{i}.md", $"---\ntitre: Ajout {i}\n---\n\nUn tramway de plus, le numéro {i}.\n");
            await Task.Delay(400);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(searches > 20, $"only {searches} searches ran");
        Assert.Equal(0, failures);
        Assert.True((await site.AllResultsAsync("tramway")).Count > 3);
    }

    private static List<string> Urls(SearchIndex index, string query) =>
        [.. index.Search(SearchQuery.Parse(SearchText.Clean(query)), _ => true, 0, 100).Hits.Select(hit => hit.Page.Url)];

    public void Dispose() => _content.Dispose();
}
