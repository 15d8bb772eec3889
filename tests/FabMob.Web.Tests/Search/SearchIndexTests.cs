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
        var results = index.Search(SearchQuery.Parse("zeppelin"), null, 0, 10);
        Assert.Equal(4, results.Total);
        Assert.Equal(2, index.Search(SearchQuery.Parse("zeppelin"), DateTimeOffset.MaxValue, 0, 10).Total);
        Assert.Single(index.Search(SearchQuery.Parse("zeppelin"), null, 3, 10).Hits);
        Assert.Same(SearchResults.None, index.Search(SearchQuery.Parse("!!!"), null, 0, 10));
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
        var visible = index.Search(SearchQuery.Parse("zeppelin"), DateTimeOffset.MaxValue, 1, 1);
        Assert.Equal(2, visible.Total);
        Assert.Equal(["/blog/zeppelin-publie"], visible.Hits.Select(hit => hit.Page.Url));
        Assert.Empty(index.Search(SearchQuery.Parse("zeppelin"), DateTimeOffset.MaxValue, 2, 10).Hits);
    }

    [Theory]
    [InlineData("aérostat")]
    [InlineData("aérostats")]
    [InlineData("zeppelin")]
    [InlineData("tramway")]
    [InlineData("vélo")]
    public void Any_slice_of_a_broad_query_is_the_same_slice_of_its_whole_ranking(string words)
    {
        // Broad from 2 matches on (ranked by tiers): every slice, asked of a fresh index (nothing
        // ranked cached yet) or of one that ranked the query already, is the same part of the whole
        // ranking, hidden pages left out. The « aérostat » pages sit in every tier, some in two,
        // some hidden (drafts, scheduled).
        WriteAerostats();
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        var now = DateTimeOffset.UtcNow;
        DateTimeOffset?[] visibilities = [null, DateTimeOffset.MaxValue, now];
        foreach (var visible in visibilities)
        {
            var query = SearchQuery.Parse(SearchText.Clean(words));
            string[] whole;
            using (var reference = SearchIndex.Build(snapshot, broadMatches: 1))
            {
                var all = reference.Search(query, visible, 0, 1000);
                whole = [.. all.Hits.Select(hit => hit.Page.Url)];
                Assert.Equal(whole.Length, all.Total);
            }

            Assert.Equal(whole.Length, whole.Distinct().Count());
            for (var skip = 0; skip <= whole.Length; skip++)
            {
                for (var take = 1; take <= 3; take++)
                {
                    using var index = SearchIndex.Build(snapshot, broadMatches: 1);
                    for (var asked = 0; asked < 2; asked++)
                    {
                        var slice = index.Search(query, visible, skip, take);
                        Assert.Equal(whole.Length, slice.Total);
                        Assert.Equal(whole.Skip(skip).Take(take), slice.Hits.Select(hit => hit.Page.Url));
                    }
                }
            }
        }
    }

    [Fact]
    public void A_broad_query_ranks_title_then_headings_then_subjects_then_body_newest_first_in_each()
    {
        WriteAerostats();
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        using var index = SearchIndex.Build(snapshot, broadMatches: 1);

        var first = index.Search(SearchQuery.Parse("aerostat"), DateTimeOffset.MaxValue, 0, 1);
        Assert.Equal(6, first.Total);
        Assert.Equal(["/blog/aerostat-trois"], first.Hits.Select(hit => hit.Page.Url));
        Assert.Equal(["/blog/aerostat-trois", "/blog/aerostat-un", "/aerostats", "/blog/aerostat-quatre", "/blog/aerostat-cinq", "/blog/aerostat-sept"],
            index.Search(SearchQuery.Parse("aerostat"), DateTimeOffset.MaxValue, 0, 10).Hits.Select(hit => hit.Page.Url));
        Assert.Equal(["/blog/aerostat-trois", "/blog/aerostat-deux", "/blog/aerostat-un", "/aerostats", "/blog/aerostat-six", "/blog/aerostat-quatre",
                "/blog/aerostat-cinq", "/blog/aerostat-huit", "/blog/aerostat-sept"],
            index.Search(SearchQuery.Parse("aerostat"), null, 0, 10).Hits.Select(hit => hit.Page.Url));
    }

    [Fact]
    public void Warming_an_index_changes_no_answer_and_an_empty_site_warms_too()
    {
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        using var cold = SearchIndex.Build(snapshot, broadMatches: 1);
        using var warmed = SearchIndex.Build(snapshot, broadMatches: 1);
        warmed.Warm();

        foreach (var words in new[] { "tramway", "zeppelin", "vélo", "dirigeable", "\"vélo électrique\"" })
        {
            var query = SearchQuery.Parse(SearchText.Clean(words));
            var expected = cold.Search(query, DateTimeOffset.UtcNow, 0, 100);
            var actual = warmed.Search(query, DateTimeOffset.UtcNow, 0, 100);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(hit => (hit.Page.Url, hit.TitleHtml, hit.ExtractHtml)),
                actual.Hits.Select(hit => (hit.Page.Url, hit.TitleHtml, hit.ExtractHtml)));
        }

        using var empty = TempSite.Empty();
        using var nothing = SearchIndex.Build(new ContentSnapshotBuilder(new ContentOptions()).Build(empty.Root));
        nothing.Warm();
        Assert.Equal(0, nothing.Search(SearchQuery.Parse("tramway"), null, 0, 10).Total);
    }

    [Fact]
    public void A_replaced_index_stays_readable_until_its_last_lease_is_released()
    {
        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
        var index = SearchIndex.Build(snapshot);
        Assert.True(index.TryAcquire());
        var lease = new SearchIndexLease(index);

        index.Dispose();

        Assert.Equal(3, lease.Index.Search(SearchQuery.Parse("tramway"), null, 0, 10).Total);
        Assert.True(index.TryAcquire());
        index.Release();
        lease.Dispose();
        lease.Dispose();
        Assert.False(index.TryAcquire());
    }

    [Fact]
    public void An_index_is_one_file_in_its_folder_kept_while_leased_and_deleted_once_closed()
    {
        var folder = Path.Combine(_content.Root, "..", $"index-{Guid.NewGuid():N}");
        try
        {
            var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root);
            var first = SearchIndex.Build(snapshot, directory: folder);
            using var second = SearchIndex.Build(snapshot, directory: folder);
            Assert.Equal(2, Directory.GetFiles(folder).Length);
            Assert.All(Directory.GetFiles(folder), file => Assert.True(new FileInfo(file).Length > 0));
            Assert.True(first.TryAcquire());

            first.Dispose();

            Assert.Equal(2, Directory.GetFiles(folder).Length);
            Assert.Equal(3, first.Search(SearchQuery.Parse("tramway"), null, 0, 10).Total);
            first.Release();
            Assert.Single(Directory.GetFiles(folder));
            Assert.Equal(3, second.Search(SearchQuery.Parse("tramway"), null, 0, 10).Total);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
            var before = Volatile.Read(ref searches);
            site.Content.Write($"transports/ajout-{i}.md", $"---\ntitre: Ajout {i}\n---\n\nUn tramway de plus, le numéro {i}.\n");
            await Task.Delay(400);
            // Searches must have run across this rebuild, however slow the machine: wait for them rather than count
            // what a fixed time allowed.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref searches) < before + 4)
            {
                Assert.True(DateTime.UtcNow < deadline, $"searches stopped after write {i}: {searches} in all");
                await Task.Delay(20);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Equal(0, failures);
        Assert.True((await site.AllResultsAsync("tramway")).Count > 3);
    }

    // « aérostat » in every tier (title, headings, subjects, body), some pages in two, drafts and a scheduled one.
    private void WriteAerostats()
    {
        _content.Write("blog/2024/aerostat-un.md", "---\ntitre: Aérostat un\ndate: 2024-01-01\n---\n\n## Un aérostat\n\nTexte.\n");
        _content.Write("blog/2024/aerostat-deux.md", "---\ntitre: Aérostat deux\ndate: 2024-02-01\nbrouillon: true\n---\n\nTexte.\n");
        _content.Write("blog/2024/aerostat-trois.md", "---\ntitre: Aérostat trois\ndate: 2099-01-01\n---\n\nTexte.\n");
        _content.Write("blog/2023/aerostat-quatre.md", "---\ntitre: Quatre\ndate: 2023-01-01\n---\n\n## Un aérostat\n\nTexte.\n");
        _content.Write("blog/2023/aerostat-cinq.md", "---\ntitre: Cinq\ndate: 2023-02-01\ntags: [aérostat]\n---\n\nTexte.\n");
        _content.Write("blog/2023/aerostat-six.md", "---\ntitre: Six\ndate: 2023-03-01\nbrouillon: true\n---\n\n## Aérostats\n\nTexte.\n");
        _content.Write("blog/2022/aerostat-sept.md", "---\ntitre: Sept\ndate: 2022-01-01\n---\n\nUn aérostat dans le texte.\n");
        _content.Write("blog/2022/aerostat-huit.md", "---\ntitre: Huit\ndate: 2022-02-01\nbrouillon: true\n---\n\nUn aérostat dans le texte.\n");
        _content.Write("aerostats.md", "---\ntitre: Les aérostats\n---\n\nTexte.\n");
    }

    private static List<string> Urls(SearchIndex index, string query) =>
        [.. index.Search(SearchQuery.Parse(SearchText.Clean(query)), null, 0, 100).Hits.Select(hit => hit.Page.Url)];

    public void Dispose() => _content.Dispose();
}
