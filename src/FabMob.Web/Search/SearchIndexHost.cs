using FabMob.Content;
using FabMob.Web.Content;
using FabMob.Web.Hosting;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Search;

/// <summary>
/// Keeps the search index in step with the content: the first index is built once the start is over
/// (<see cref="FirstResponseSignal"/>: the first response written, or a second after the host started), in the
/// background so that pages are served meanwhile; a search that comes before it starts it at once and waits for it.
/// Then a new one after each snapshot swap, off the request path and one at a time (snapshots
/// that came and went during a build are skipped for the newest). A finished index replaces the
/// previous one in one reference write; the previous one closes once the requests still reading
/// it are done. A build that fails leaves the previous index answering. An index in service holds
/// the words of its pages' bodies in its file: the pages let go of theirs (<see cref="BodyText.Release"/>),
/// and the next index copies the rows of the pages it shares with it.
/// </summary>
public sealed partial class SearchIndexHost(ContentSnapshotHost content, IOptions<SearchOptions> options, ILogger<SearchIndexHost> logger,
    FirstResponseSignal startOver, AfterStartCompaction compaction, PageCacheStore? pageCache = null)
    : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _swap = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _searched = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SearchIndex? _current;
    private bool _stopped;
    private bool _following;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        // On two cores the first index (about 1 s of processor at 10,000 pages) would take the second one from the
        // content's load, Kestrel's start and the first page: it waits for the start to be over, or for a search.
        _ = Task.WhenAny(startOver.Reached, _searched.Task).ContinueWith(_ => Follow(), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_swap)
        {
            // A stop before the start was over: the index never follows.
            _following = true;
        }

        content.SnapshotChanged -= OnSnapshotChanged;
        return Task.CompletedTask;
    }

    /// <summary>From now on each snapshot gets its index, beginning with the current one.</summary>
    private void Follow()
    {
        lock (_swap)
        {
            if (_stopped || _following)
            {
                return;
            }

            _following = true;
            content.SnapshotChanged += OnSnapshotChanged;
        }

        // Not loaded yet, the content's first snapshot will come through the event.
        if (TryCurrentContent() is { } first)
        {
            OnSnapshotChanged(first);
        }
    }

    /// <summary>A lease on the current index, held for one request, or null when there is no index yet.</summary>
    public SearchIndexLease? Lease()
    {
        while (true)
        {
            var index = Volatile.Read(ref _current);
            if (index is null)
            {
                return null;
            }

            if (index.TryAcquire())
            {
                return new SearchIndexLease(index);
            }

            // Closed between the read and the lease: a newer index is already in place.
        }
    }

    /// <summary>
    /// A lease on the current index; before the first index is built, waits for it at most
    /// <paramref name="wait"/>, then null.
    /// </summary>
    public async Task<SearchIndexLease?> LeaseAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var lease = Lease();
        if (lease is not null)
        {
            return lease;
        }

        // A search before the start is over: the first index is built now.
        _searched.TrySetResult();
        try
        {
            await _ready.Task.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }

        return Lease();
    }

    /// <summary>Builds the index of the newest snapshot (if no newer index is in place) and swaps it in.</summary>
    public async Task BuildAsync(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Never disposed: it has no wait handle, and a build may still be queued when the host goes.
        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            // A newer snapshot may have arrived while this one waited: build that one instead.
            var newest = TryCurrentContent();
            if (newest is not null && newest.Version > snapshot.Version)
            {
                snapshot = newest;
            }

            if (Volatile.Read(ref _current)?.Version >= snapshot.Version)
            {
                return;
            }

            var first = !_ready.Task.IsCompleted;
            // A thread of its own for a job of seconds, rather than one the requests and content
            // rebuilds draw from.
            var index = await Task.Factory.StartNew(() =>
            {
                // The pages it shares with the index in service let go of their text: that index's file has their rows.
                var built = SearchIndex.Build(snapshot, directory: options.Value.IndexDirectory, previous: Volatile.Read(ref _current));
                if (first)
                {
                    built.Warm();
                }

                return built;
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
            SearchIndex? previous;
            lock (_swap)
            {
                previous = _stopped ? index : Interlocked.Exchange(ref _current, index);
            }

            previous?.Dispose();
            // In service: its file holds every page's text, the pages need not (the next index copies the rows) —
            // unless the snapshot cache is on: it stores each page with its text, and a page kept from one snapshot to
            // the next is written again with the next (about 12 MB compressed at 10,000 articles, docs/recherche.md).
            if (!ReferenceEquals(previous, index) && pageCache?.FilePath is null)
            {
                foreach (var page in snapshot.Pages)
                {
                    page.Text?.Release();
                }
            }

            if (first && !ReferenceEquals(previous, index))
            {
                // Once, with the snapshot cache on or off: the content's first build's garbage, the index build's and the
                // texts just let go (cache off) are given back rather than kept in a heap grown for them (AfterStartCompaction).
                compaction.AfterFirstIndex();
            }

            // Logged before the searches waiting for the first index are let go: the line is there when they are answered.
            LogBuilt(index.Version, index.PageCount, index.BuildTime.TotalMilliseconds);
            _ready.TrySetResult();
        }
#pragma warning disable CA1031 // A failed build must leave the previous index answering, whatever went wrong.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBuildFailed(e, snapshot.Version);
            // The compaction after the start waits for the first index: a first index that fails still gives the build's back.
            compaction.AfterFirstIndex();
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose()
    {
        content.SnapshotChanged -= OnSnapshotChanged;
        SearchIndex? last;
        lock (_swap)
        {
            _stopped = true;
            last = Interlocked.Exchange(ref _current, null);
        }

        last?.Dispose();
    }

    private void OnSnapshotChanged(ContentSnapshot snapshot) => _ = Task.Run(() => BuildAsync(snapshot));

    private ContentSnapshot? TryCurrentContent()
    {
        try
        {
            return content.Current;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index de recherche construit (version {Version}) : {Pages} pages en {ElapsedMs:0} ms")]
    private partial void LogBuilt(long version, int pages, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "La construction de l'index de recherche (version {Version}) a échoué ; l'index précédent reste utilisé")]
    private partial void LogBuildFailed(Exception exception, long version);
}
