namespace FabMob.Web.Hosting;

/// <summary>
/// Content builds run parallel loops that block their calling thread (PLINQ, <c>Parallel.For</c>), and so does the work a
/// new snapshot starts (its search index). With the pool's default minimum (one thread per core), a rebuild that starts
/// while another parallel job holds the threads, or the first request for an edited page while the new index is built,
/// waits for the pool to add a thread, about half a second each: on 2 cores, an edit at 10,000 articles was rebuilt in
/// 1,000–1,150 ms instead of 100–350. While a build runs, and for <see cref="SettleTime"/> after the last one ends, the
/// minimum is a few threads more than cores, so they start without that wait; the rest of the time it is the default,
/// so that serving from memory keeps as many busy threads as cores (six threads waiting for work on two cores cost a
/// cached page 1.6–3.2 µs: docs/performance.md).
/// </summary>
internal static class ContentBuildThreads
{
    private static readonly Lock Gate = new();
    private static readonly Timer Restorer = new(_ => Restore(), null, Timeout.Infinite, Timeout.Infinite);
    private static int _builds;
    private static bool _raised;
    private static int _defaultWorkers;

    /// <summary>The minimum while a build runs.</summary>
    public static int DuringBuild => Environment.ProcessorCount + 4;

    /// <summary>How long the minimum stays raised after the last build ends: the new snapshot's search index and first renders.</summary>
    public static TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Raises the pool's minimum until the returned handle is disposed (and <see cref="SettleTime"/> after); builds may overlap (several hosts in one process).</summary>
    public static IDisposable Raise()
    {
        lock (Gate)
        {
            Restorer.Change(Timeout.Infinite, Timeout.Infinite);
            if (!_raised)
            {
                ThreadPool.GetMinThreads(out var workers, out var completions);
                _defaultWorkers = workers;
                if (workers < DuringBuild)
                {
                    ThreadPool.SetMinThreads(DuringBuild, completions);
                }

                _raised = true;
            }

            _builds++;
        }

        return new Handle();
    }

    private static void Lower()
    {
        lock (Gate)
        {
            if (--_builds > 0)
            {
                return;
            }

            if (SettleTime > TimeSpan.Zero)
            {
                Restorer.Change(SettleTime, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Restore();
    }

    private static void Restore()
    {
        lock (Gate)
        {
            if (_builds == 0 && _raised)
            {
                ThreadPool.GetMinThreads(out _, out var completions);
                ThreadPool.SetMinThreads(_defaultWorkers, completions);
                _raised = false;
            }
        }
    }

    private sealed class Handle : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Lower();
            }
        }
    }
}
