using System.Diagnostics;
using FabMob.Content;
using FabMob.Content.PageCache;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Content;

/// <summary>
/// The snapshot cache of this site on disk (see <see cref="PageCacheFile"/>, folder from
/// <see cref="PageCacheFolder"/>): loaded once, before the first build, and written again in the
/// background after a snapshot whose pages differ from what the file holds is in place, so no request
/// waits for it (one write at a time; snapshots that came and went meanwhile are skipped for the
/// newest). A write starts <see cref="WriteDelay"/> after it is asked: the first requests of a cold start
/// do not share the processor with it (it cost them ~130 ms of CPU at 200 articles), and edits saved in
/// a burst give one write. A cache that cannot be read or written is logged and the site goes on without it.
/// </summary>
public sealed partial class PageCacheStore
{
    /// <summary>How long a write waits after it is asked (unless someone waits for it: <see cref="WhenWritten"/>).</summary>
    public static readonly TimeSpan WriteDelay = TimeSpan.FromSeconds(2);

    private readonly ILogger<PageCacheStore> _logger;
    private readonly string? _path;
    private readonly string _inputs;
    private readonly Lock _lock = new();
    private RenderedPageCache? _loaded;
    private IReadOnlyList<ContentPage>? _written;
    private ContentSnapshot? _pending;
    private Task _writing = Task.CompletedTask;
    private bool _warned;

    // Completed when someone waits for the writes (a host stopping): the delay is skipped from then on.
    private readonly TaskCompletionSource _hurry = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PageCacheStore(IOptions<SiteOptions> site, ContentOptions content, ILogger<PageCacheStore> logger)
    {
        ArgumentNullException.ThrowIfNull(site);
        _logger = logger;
        _inputs = RenderingInputs.Key(content);
        var folder = PageCacheFolder.Resolve(site.Value, out var refusal);
        if (refusal is not null)
        {
            LogRefused(refusal);
        }

        _path = folder is null ? null : PageCacheFile.PathFor(folder, site.Value.ContentPath);
    }

    /// <summary>The cache file, or null when there is no cache.</summary>
    public string? FilePath => _path;

    /// <summary>The pages the file holds for this site, version and rendering inputs (empty when none or unusable).</summary>
    public RenderedPageCache Load()
    {
        if (_path is null)
        {
            return RenderedPageCache.Empty;
        }

        var watch = Stopwatch.StartNew();
        var cache = PageCacheFile.Load(_path, _inputs, out var problem);
        if (problem is not null)
        {
            LogUnusable(_path, problem);
        }

        if (cache.Rejected > 0)
        {
            LogRejected(cache.Rejected, _path);
        }

        LogLoaded(cache.Count, _path, watch.Elapsed.TotalMilliseconds);
        _loaded = cache;
        return cache;
    }

    /// <summary>Writes <paramref name="snapshot"/>'s pages to the file in the background, unless the file already holds them.</summary>
    public void SaveLater(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_path is null)
        {
            return;
        }

        lock (_lock)
        {
            _pending = snapshot;
            if (_writing.IsCompleted)
            {
                _writing = Task.Run(async () =>
                {
                    await Task.WhenAny(Task.Delay(WriteDelay), _hurry.Task).ConfigureAwait(false);
                    WritePending();
                });
            }
        }
    }

    /// <summary>
    /// Completes when the writes asked so far are done, started now without their delay (a stopping host
    /// waits for it, so a restart finds the file).
    /// </summary>
    public Task WhenWritten()
    {
        _hurry.TrySetResult();
        lock (_lock)
        {
            return _writing;
        }
    }

    private void WritePending()
    {
        while (true)
        {
            ContentSnapshot? snapshot;
            lock (_lock)
            {
                snapshot = _pending;
                _pending = null;
                if (snapshot is null)
                {
                    return;
                }
            }

            Write(snapshot);
        }
    }

    private void Write(ContentSnapshot snapshot)
    {
        var pages = snapshot.Pages;
        var held = _written is { } written ? RenderedPageCache.SameSources(written, pages) : _loaded?.Holds(pages) == true;

        // The loaded records served the first build; what they hold is in the snapshot now or was rendered anew.
        _loaded = null;
        if (held)
        {
            _written = pages;
            return;
        }

        try
        {
            var watch = Stopwatch.StartNew();
            PageCacheFile.Save(_path!, _inputs, pages);
            _written = pages;
            LogWritten(pages.Count, _path!, watch.Elapsed.TotalMilliseconds);
        }
#pragma warning disable CA1031 // The cache is an optimisation: whatever stops its write, the site goes on without it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (!_warned)
            {
                _warned = true;
                LogWriteFailed(_path!, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cache des pages : {Pages} pages lues depuis {Path} en {ElapsedMs:0} ms")]
    private partial void LogLoaded(int pages, string path, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cache des pages : {Pages} pages écrites dans {Path} en {ElapsedMs:0} ms")]
    private partial void LogWritten(int pages, string path, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache des pages {Path} inutilisable : {Problem}")]
    private partial void LogUnusable(string path, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache des pages : {Count} entrées corrompues ou tronquées dans {Path}, leurs fichiers sont rendus à nouveau")]
    private partial void LogRejected(int count, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache des pages désactivé : {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache des pages : écriture impossible dans {Path} ({Message}) ; le site continue sans cache")]
    private partial void LogWriteFailed(string path, string message);
}
