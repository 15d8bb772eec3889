namespace FabMob.Web.Hosting;

/// <summary>
/// Content builds run parallel loops that block their calling thread (PLINQ, <c>Parallel.For</c>). With the pool's
/// default minimum (one thread per core), a rebuild that starts while another parallel job holds the threads (the search
/// index of the previous snapshot) waits for the pool to add one, about half a second each: on 2 cores, an edit at 10,000
/// articles was rebuilt in 1,000–1,150 ms instead of 100–350. While a build runs, the minimum is a few threads more than
/// cores, so they start without that wait; between builds it is the default again, so that serving from memory keeps as
/// many busy threads as cores (six threads waiting for work on two cores cost a cached page 1.6–3.2 µs: docs/performance.md).
/// </summary>
internal static class ContentBuildThreads
{
    private static readonly Lock Gate = new();
    private static int _builds;
    private static int _defaultWorkers;

    /// <summary>The minimum while a build runs.</summary>
    public static int DuringBuild => Environment.ProcessorCount + 4;

    /// <summary>Raises the pool's minimum until the returned handle is disposed; builds may overlap (several hosts in one process).</summary>
    public static IDisposable Raise()
    {
        lock (Gate)
        {
            ThreadPool.GetMinThreads(out var workers, out var completions);
            if (_builds++ == 0)
            {
                _defaultWorkers = workers;
            }

            if (workers < DuringBuild)
            {
                ThreadPool.SetMinThreads(DuringBuild, completions);
            }
        }

        return new Handle();
    }

    private static void Lower()
    {
        lock (Gate)
        {
            if (--_builds == 0)
            {
                ThreadPool.GetMinThreads(out _, out var completions);
                ThreadPool.SetMinThreads(_defaultWorkers, completions);
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
