using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Hosting;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Content;

/// <summary>
/// Holds the current <see cref="ContentSnapshot"/> and replaces it when the content tree changes:
/// file events are debounced, the new snapshot is built off the request path (one build at a time)
/// and swapped in one reference write. A file that breaks keeps its last good version.
/// </summary>
/// <remarks>
/// The host's start does not wait for the first build before Kestrel starts: <see cref="StartAsync"/> only begins it,
/// so Kestrel builds the pipeline and binds while the content loads, and <see cref="StartedAsync"/> (called once every
/// hosted service, Kestrel's included, has started) waits for it. The host's start is therefore still over only once the
/// content is there (<c>ApplicationStarted</c> means "ready"), and a first build that fails still fails the start.
/// Requests that come meanwhile wait for <see cref="Loaded"/> at the front of the pipeline (<see cref="Hosting.FirstSnapshotGate"/>).
/// </remarks>
public sealed partial class ContentSnapshotHost : IHostedLifecycleService, IDisposable
{
    private static readonly object RequestKey = new();
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

    private readonly ContentSnapshotBuilder _builder;
    private readonly ILogger<ContentSnapshotHost> _logger;
    private readonly PageCacheStore? _pageCache;
    private readonly AfterStartCompaction? _compaction;
    private readonly string _root;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _firstBuildLock = new();
    private readonly Timer _debounce;
    private readonly TaskCompletionSource<ContentSnapshot> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FileSystemWatcher? _watcher;
    private ContentSnapshot? _current;
    private Task<ContentSnapshot>? _firstBuild;
    private Task? _firstBuildHold;
    private volatile bool _requestWaited;

    public ContentSnapshotHost(ContentSnapshotBuilder builder, IOptions<SiteOptions> site, ILogger<ContentSnapshotHost> logger,
        PageCacheStore? pageCache = null, AfterStartCompaction? compaction = null)
    {
        _builder = builder;
        _logger = logger;
        _pageCache = pageCache;
        _compaction = compaction;
        _root = site.Value.ContentPath;
        _debounce = new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Raised after a new snapshot is in place.</summary>
    public event Action<ContentSnapshot>? SnapshotChanged;

    /// <summary>The snapshot requests are answered from.</summary>
    public ContentSnapshot Current =>
        Volatile.Read(ref _current) ?? throw new InvalidOperationException("Le contenu n'est pas encore chargé.");

    /// <summary>Whether a first snapshot is in place: one volatile read.</summary>
    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>The first snapshot, once it is in place; faulted with the first build's error when that build fails.</summary>
    public Task<ContentSnapshot> Loaded => _loaded.Task;

    /// <summary>Whether a request has waited for the first snapshot (<see cref="WaitForFirstAsync"/>): it does the first page's work.</summary>
    public bool RequestWaited => _requestWaited;

    /// <summary>For a request that came before the first snapshot: waits for it (or for the request's end).</summary>
    public Task<ContentSnapshot> WaitForFirstAsync(CancellationToken cancellationToken)
    {
        _requestWaited = true;
        return _loaded.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The snapshot of one request: the first read pins it for the whole request (re-executions of
    /// error pages included), so everything that answers it sees one whole site even if a new snapshot
    /// is swapped in meanwhile.
    /// </summary>
    public ContentSnapshot For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(RequestKey, out var pinned) && pinned is ContentSnapshot snapshot)
        {
            return snapshot;
        }

        var current = Current;
        context.Items[RequestKey] = current;
        return current;
    }

    /// <summary>
    /// Begins the first build now, before the host starts (the pipeline is still being described), so that the two
    /// overlap; <see cref="StartedAsync"/> waits for it. Once only; a build that fails is reported by the start.
    /// </summary>
    public void BeginFirstBuild()
    {
        lock (_firstBuildLock)
        {
            // Returns at the build's first wait: the build itself runs on the thread pool.
            _firstBuild ??= RebuildAsync();
        }
    }

    /// <summary>Tests: the first build, once begun, waits for <paramref name="until"/> before it reads the tree (set before it begins).</summary>
    internal void HoldFirstBuild(Task until) => _firstBuildHold = until;

    /// <summary>Begins the first build (if the pipeline's description has not already) and returns at once: Kestrel starts next.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        BeginFirstBuild();
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Called once every hosted service has started, Kestrel included: waits for the first build, so that the host's start
    /// ends only with the content loaded (or fails with the first build's error), then watches the tree.
    /// </summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        BeginFirstBuild();
        await _firstBuild!.ConfigureAwait(false);
        // Once the start is over, the heap this build grew is compacted once (after the first search index when search is on).
        _compaction?.AfterFirstSnapshot();

        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, e) =>
        {
            LogWatcherError(e.GetException().Message);
            ScheduleRebuild();
        };
        _watcher.EnableRaisingEvents = true;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        _debounce.Change(Timeout.Infinite, Timeout.Infinite);
        if (_pageCache is not null)
        {
            // A write under way is let finish (it is renamed in place whole), so the next start finds it.
            await _pageCache.WhenWritten().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds a new snapshot now and swaps it in; builds never overlap.</summary>
    public async Task<ContentSnapshot> RebuildAsync()
    {
        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            using var threads = Hosting.ContentBuildThreads.Raise();
            var previous = Volatile.Read(ref _current);
            if (previous is null && _firstBuildHold is { } hold)
            {
                await hold.ConfigureAwait(false);
            }

            // The first build reads the page cache on one thread while the tree is scanned on another (the build waits
            // for the cache once it has the list of files: docs/performance.md « Redémarrage : ce qui a encore bougé »).
            var cacheRead = previous is null && _pageCache is { } store ? Task.Run(store.Load) : null;
            var next = await Task.Run(() => cacheRead is null
                ? _builder.Build(_root, previous)
                : _builder.Build(_root, previous, cacheRead)).ConfigureAwait(false);
            Volatile.Write(ref _current, next);
            _loaded.TrySetResult(next);
            Report(previous, next);
            SnapshotChanged?.Invoke(next);
            // After the swap, off the request path: the next start loads what this build rendered.
            _pageCache?.SaveLater(next);
            return next;
        }
#pragma warning disable CA1031 // A failed rebuild must leave the last snapshot serving, whatever went wrong.
        catch (Exception e) when (_current is not null)
#pragma warning restore CA1031
        {
            LogRebuildFailed(e);
            return _current;
        }
        catch (Exception e)
        {
            // No snapshot yet: the requests waiting for the first one are told, and the error goes on to the host's start.
            _loaded.TrySetException(e);
            throw;
        }
        finally
        {
            _building.Release();
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // A repository checked out as the content tree: git's own files (objects, index, logs) are never content.
        if (!IsUnderGit(e.FullPath))
        {
            ScheduleRebuild();
        }
    }

    private bool IsUnderGit(string path) =>
        path.Length > _root.Length && Path.GetRelativePath(_root, path).Replace('\\', '/')
            .Split('/').FirstOrDefault() is { } first && string.Equals(first, ".git", StringComparison.OrdinalIgnoreCase);

    private void ScheduleRebuild() => _debounce.Change(Debounce, Timeout.InfiniteTimeSpan);

    private void Report(ContentSnapshot? previous, ContentSnapshot next)
    {
        var known = previous?.Findings.ToHashSet() ?? [];
        foreach (var finding in next.Findings)
        {
            if (finding.Severity == ContentSeverity.Error)
            {
                LogContentError(finding.ToString());
            }
            else if (!known.Contains(finding))
            {
                LogContentWarning(finding.ToString());
            }
        }

        LogLoaded(next.Version, next.Pages.Count, next.Assets.Count, next.ErrorCount, next.BuildTime.TotalMilliseconds, next.Root);
        LogRendered(next.Version, next.RenderedPages, next.PagesFromCache);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
        _building.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Contenu chargé (version {Version}) : {Pages} pages, {Assets} fichiers, {Errors} erreurs, en {ElapsedMs:0} ms depuis {Root}")]
    private partial void LogLoaded(long version, int pages, int assets, int errors, double elapsedMs, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contenu (version {Version}) : {Rendered} pages rendues, {FromCache} reprises du cache")]
    private partial void LogRendered(long version, int rendered, int fromCache);

    [LoggerMessage(Level = LogLevel.Error, Message = "Fichier de contenu en erreur : {Finding}")]
    private partial void LogContentError(string finding);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Contenu : {Finding}")]
    private partial void LogContentWarning(string finding);

    [LoggerMessage(Level = LogLevel.Error, Message = "La reconstruction du contenu a échoué ; la version précédente reste servie")]
    private partial void LogRebuildFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Surveillance du dossier de contenu : {Message} ; reconstruction complète")]
    private partial void LogWatcherError(string message);
}
