using System.IO.Hashing;
using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>
/// While the snapshot cache is still being read, the build hashes the page files it scanned; the decision (the cache's
/// page or a render) still waits for the cache, and a file whose bytes the cache does not hold is read again and rendered.
/// </summary>
public sealed class EarlyFileHashesTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly string _cacheFolder = Path.Combine(Path.GetTempPath(), "fabmob-content-tests", "early-" + Guid.NewGuid().ToString("N"));
    private readonly ContentOptions _options = new();

    public EarlyFileHashesTests()
    {
        _tree.Write("index.md", "---\ntitre: Accueil\n---\nBienvenue.\n");
        _tree.Write("blog/velo.md", "---\ntitre: Vélo\ndate: 2021-03-04\n---\nLe vélo en ville.\n");
        _tree.Write("blog/train.md", "---\ntitre: Train\ndate: 2021-03-05\n---\nLe train de nuit.\n");
        _tree.Write("à-propos.md", "---\ntitre: À propos\n---\nL'association.\n");
    }

    public void Dispose()
    {
        _tree.Dispose();
        if (Directory.Exists(_cacheFolder))
        {
            Directory.Delete(_cacheFolder, recursive: true);
        }
    }

    [Fact]
    public void Every_file_is_hashed_in_order_while_the_cache_read_is_not_done()
    {
        var files = ContentTreeScanner.Scan(_tree.Root, _options).Pages;
        var never = new TaskCompletionSource<RenderedPageCache>();

        var early = EarlyFileHashes.While(never.Task, files, _options.Limits);

        Assert.NotNull(early);
        Assert.Equal(files.Count, early.Count);
        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(XxHash128.HashToUInt128(File.ReadAllBytes(files[i].FullPath)), early[i]);
        }
    }

    [Fact]
    public void Nothing_is_hashed_early_when_the_cache_is_already_read()
    {
        var files = ContentTreeScanner.Scan(_tree.Root, _options).Pages;

        Assert.Null(EarlyFileHashes.While(Task.FromResult(RenderedPageCache.Empty), files, _options.Limits));
    }

    [Fact]
    public void A_file_gone_since_the_scan_has_no_early_hash_and_the_others_do()
    {
        var files = ContentTreeScanner.Scan(_tree.Root, _options).Pages;
        File.Delete(_tree.FullPath("blog/train.md"));

        var early = EarlyFileHashes.While(new TaskCompletionSource<RenderedPageCache>().Task, files, _options.Limits)!;

        for (var i = 0; i < files.Count; i++)
        {
            Assert.Equal(files[i].RelativePath == "blog/train.md", early[i] is null);
        }
    }

    [Fact]
    public async Task A_build_whose_cache_read_outlasts_the_scan_hashes_the_files_meanwhile_and_renders_only_the_changed_one()
    {
        var path = PageCacheFile.PathFor(_cacheFolder, _tree.Root);
        var first = new ContentSnapshotBuilder(_options).Build(_tree.Root);
        PageCacheFile.Save(path, RenderingInputs.Key(_options), first.Pages);
        _tree.Write("blog/velo.md", "---\ntitre: Vélo\ndate: 2021-03-04\n---\nLe vélo en ville, modifié.\n");
        var reading = new TaskCompletionSource<RenderedPageCache>(TaskCreationOptions.RunContinuationsAsynchronously);

        var building = Task.Run(() => new ContentSnapshotBuilder(_options).Build(_tree.Root, null, reading.Task));
        // Four small files: hashed long before the cache read below completes.
        await Task.Delay(1000);
        reading.SetResult(PageCacheFile.Load(path, RenderingInputs.Key(_options), out _));
        var second = await building;

        Assert.Equal(4, second.FilesHashedEarly);
        Assert.Equal(1, second.RenderedPages);
        Assert.Equal(3, second.PagesFromCache);
        Assert.Contains("modifié", second.PagesByUrl["/blog/velo"].Html, StringComparison.Ordinal);
        Assert.Equal(first.PagesByUrl["/"].Html, second.PagesByUrl["/"].Html);
    }
}
