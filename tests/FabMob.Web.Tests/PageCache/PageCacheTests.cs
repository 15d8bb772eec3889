using FabMob.Content;
using FabMob.Web.Commands;
using FabMob.Web.Content;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FabMob.Web.Tests.PageCache;

/// <summary>
/// The snapshot cache through the real application: a restart with unchanged files loads the rendered
/// pages instead of rendering them and serves the same bytes; what changed, or what the cache holds
/// damaged, is rendered again; a cache that cannot be written never stops the site.
/// </summary>
public sealed class PageCacheTests : IDisposable
{
    private static readonly string[] Addresses =
    [
        "/", "/blog", "/blog/genese", "/blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation", "/blog/recent",
        "/%C3%A9tiquettes/v%C3%A9lo", "/blog/feed.xml", "/sitemap.xml",
    ];

    private readonly TempSite _content = TempSite.FromFixture("collections");
    private readonly TempSite _cache = TempSite.Empty();

    public void Dispose()
    {
        _content.Dispose();
        _cache.Dispose();
    }

    private SiteFactory Site(string? cacheDirectory = null) => new(_content.Root, settings: new Dictionary<string, string?>
    {
        ["Site:CacheDirectory"] = cacheDirectory ?? _cache.Root,
    });

    /// <summary>Starts the site, reads <see cref="Addresses"/>, stops it (waiting for its cache to be written).</summary>
    private static async Task<(Dictionary<string, byte[]> Bodies, ContentSnapshot Snapshot, LogCollector Logs)> RunAsync(SiteFactory factory)
    {
        using (factory)
        {
            var client = factory.CreateRawClient();
            var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var address in Addresses)
            {
                using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
                Assert.True(response.IsSuccessStatusCode, $"{address} → {(int)response.StatusCode}");
                bodies[address] = await response.Content.ReadAsByteArrayAsync();
            }

            var snapshot = factory.Services.GetRequiredService<ContentSnapshotHost>().Current;
            await factory.Services.GetRequiredService<PageCacheStore>().WhenWritten();
            return (bodies, snapshot, factory.Logs);
        }
    }

    private string CacheFile() => Assert.Single(Directory.GetFiles(_cache.Root, "pages-*.cache"));

    [Fact]
    public async Task A_restart_with_unchanged_content_serves_byte_identical_pages_and_renders_nothing()
    {
        var first = await RunAsync(Site());
        var second = await RunAsync(Site());

        Assert.True(first.Snapshot.RenderedPages > 5);
        Assert.Equal(0, second.Snapshot.RenderedPages);
        Assert.Equal(first.Snapshot.Pages.Count, second.Snapshot.PagesFromCache);
        Assert.Contains(second.Logs.Entries, e => e.Message.Contains("0 pages rendues", StringComparison.Ordinal));
        foreach (var address in Addresses)
        {
            Assert.True(first.Bodies[address].SequenceEqual(second.Bodies[address]), $"{address} differs after the restart");
        }
    }

    [Fact]
    public async Task Pages_loaded_from_the_cache_are_found_by_the_words_of_their_body()
    {
        await RunAsync(Site());

        using var factory = Site();
        var client = factory.CreateRawClient();
        // Only the body of /blog/genese says « débuts »: a page loaded from the cache without its text is not found.
        using var response = await client.GetAsync(new Uri("/recherche?q=d%C3%A9buts", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(0, factory.Services.GetRequiredService<ContentSnapshotHost>().Current.RenderedPages);
        Assert.Contains("href=\"/blog/genese\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_changed_while_the_site_was_stopped_is_rendered_again_at_the_next_start()
    {
        await RunAsync(Site());
        var genese = _content.PathOf("blog/2015/genese.md");
        await File.WriteAllTextAsync(genese, (await File.ReadAllTextAsync(genese)) + "\nUn paragraphe ajouté pendant l'arrêt.\n");

        var second = await RunAsync(Site());

        Assert.Equal(1, second.Snapshot.RenderedPages);
        Assert.Contains("Un paragraphe ajouté pendant", System.Text.Encoding.UTF8.GetString(second.Bodies["/blog/genese"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_cache_file_is_never_served_its_pages_are_rendered_again_and_it_is_rewritten()
    {
        var first = await RunAsync(Site());
        var file = CacheFile();
        var bytes = await File.ReadAllBytesAsync(file);
        // Every 97th byte past the header flipped: every record's checksum fails.
        for (var i = 200; i < bytes.Length; i += 97)
        {
            bytes[i] ^= 0x5A;
        }

        await File.WriteAllBytesAsync(file, bytes);

        var second = await RunAsync(Site());
        var third = await RunAsync(Site());

        Assert.True(second.Snapshot.RenderedPages > 0);
        Assert.Contains(second.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("corrompues ou tronquées", StringComparison.Ordinal));
        Assert.Equal(0, third.Snapshot.RenderedPages);
        foreach (var address in Addresses)
        {
            Assert.True(first.Bodies[address].SequenceEqual(second.Bodies[address]), $"{address} differs after a corrupt cache");
            Assert.True(first.Bodies[address].SequenceEqual(third.Bodies[address]), $"{address} differs from the rewritten cache");
        }
    }

    [Fact]
    public async Task A_truncated_cache_file_is_rebuilt_and_the_pages_are_right()
    {
        var first = await RunAsync(Site());
        var file = CacheFile();
        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        var second = await RunAsync(Site());

        Assert.InRange(second.Snapshot.RenderedPages, 1, first.Snapshot.Pages.Count - 1);
        foreach (var address in Addresses)
        {
            Assert.True(first.Bodies[address].SequenceEqual(second.Bodies[address]), $"{address} differs after a truncated cache");
        }
    }

    [Fact]
    public async Task A_cache_folder_that_cannot_be_written_does_not_stop_the_site()
    {
        // A folder under a plain file cannot be created, even by root.
        _cache.Write("fichier", "pas un dossier");
        var (bodies, snapshot, logs) = await RunAsync(Site(Path.Combine(_cache.PathOf("fichier"), "cache")));

        Assert.Equal(Addresses.Length, bodies.Count);
        Assert.True(snapshot.RenderedPages > 5);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("écriture impossible", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cache_folder_inside_the_content_tree_is_refused_and_nothing_is_written_there()
    {
        var inside = _content.PathOf("_cache");
        var (bodies, _, logs) = await RunAsync(Site(inside));

        Assert.Equal(Addresses.Length, bodies.Count);
        Assert.False(Directory.Exists(inside));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("dans le dossier de contenu", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_cache_folder_is_the_users_cache_folder_never_inside_the_content_tree()
    {
        using var factory = new SiteFactory(_content.Root);

        var path = factory.Services.GetRequiredService<PageCacheStore>().FilePath;

        Assert.NotNull(path);
        Assert.StartsWith(Path.Combine(TestEnvironment.CacheHome, PageCacheFolder.DefaultName) + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
        Assert.False(PageCacheFolder.IsInside(path, _content.Root));
        Assert.True(PageCacheFolder.IsInside(_content.PathOf("a/b"), _content.Root));
        Assert.False(PageCacheFolder.IsInside(_content.Root + "-voisin", _content.Root));
    }

    [Fact]
    public async Task The_export_writes_the_same_files_without_a_cache_with_a_cold_one_and_with_a_warm_one()
    {
        using var none = TempSite.Empty();
        using var cold = TempSite.Empty();
        using var warm = TempSite.Empty();

        Assert.Equal(0, await ExportAsync(none.Root, "--Site:PageCache=false"));
        Assert.Equal(0, await ExportAsync(cold.Root, $"--Site:CacheDirectory={_cache.Root}"));
        Assert.Single(Directory.GetFiles(_cache.Root, "pages-*.cache"));
        Assert.Equal(0, await ExportAsync(warm.Root, $"--Site:CacheDirectory={_cache.Root}"));

        var files = Directory.GetFiles(none.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(none.Root, f)).Order().ToList();
        Assert.True(files.Count > 20);
        foreach (var other in new[] { cold.Root, warm.Root })
        {
            Assert.Equal(files, Directory.GetFiles(other, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other, f)).Order());
            foreach (var file in files)
            {
                var expected = await File.ReadAllBytesAsync(Path.Combine(none.Root, file));
                var actual = await File.ReadAllBytesAsync(Path.Combine(other, file));
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs");
            }
        }
    }

    private async Task<int> ExportAsync(string output, string cacheArgument)
    {
        using var written = new StringWriter();
        using var errors = new StringWriter();
        var status = await ExportCommand.RunAsync([output, $"--Site:ContentPath={_content.Root}", cacheArgument], written, errors);
        Assert.True(status == 0, errors.ToString());
        return status;
    }
}
