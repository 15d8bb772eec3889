using FabMob.Web.Hosting;

namespace FabMob.Web.Tests.Hosting;

public sealed class SiteHostTests
{
    [Fact]
    public void Building_a_host_leaves_threads_for_a_rebuild_while_another_parallel_job_runs()
    {
        // Without them, a content rebuild that starts while the search index is being built waits
        // for the pool to add a thread (measured in bench/: 1,000 ms rebuilds instead of 150).
        SiteHost.CreateBuilder([]);

        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.True(workers >= Environment.ProcessorCount + 4, $"{workers} threads at least, {Environment.ProcessorCount} cores");
    }
}
