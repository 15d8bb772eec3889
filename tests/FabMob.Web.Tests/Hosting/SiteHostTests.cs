using FabMob.Web.Hosting;

namespace FabMob.Web.Tests.Hosting;

/// <summary>The thread pool's minimum is a process-wide setting: these tests run alone, after the others.</summary>
[CollectionDefinition(nameof(ThreadPoolMinimum), DisableParallelization = true)]
public sealed class ThreadPoolMinimum;

[Collection(nameof(ThreadPoolMinimum))]
public sealed class SiteHostTests : IDisposable
{
    private readonly TimeSpan _settle = ContentBuildThreads.SettleTime;

    public SiteHostTests()
    {
        // Builds of the other tests' sites may have left the minimum raised for its settling time: back to the default now.
        ContentBuildThreads.SettleTime = TimeSpan.Zero;
        ContentBuildThreads.Raise().Dispose();
    }

    public void Dispose() => ContentBuildThreads.SettleTime = _settle;

    [Fact]
    public void While_a_content_build_runs_the_pool_starts_threads_beyond_the_cores_and_afterwards_its_minimum_is_back()
    {
        // Without them, a content rebuild that starts while the search index is being built waits
        // for the pool to add a thread (measured in bench/: 1,000 ms rebuilds instead of 150).
        ThreadPool.GetMinThreads(out var before, out _);

        using (ContentBuildThreads.Raise())
        {
            ThreadPool.GetMinThreads(out var during, out _);
            Assert.True(during >= Environment.ProcessorCount + 4, $"{during} threads at least, {Environment.ProcessorCount} cores");
        }

        ThreadPool.GetMinThreads(out var after, out _);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Overlapping_builds_keep_the_raised_minimum_until_the_last_one_ends()
    {
        ThreadPool.GetMinThreads(out var before, out _);
        var first = ContentBuildThreads.Raise();
        var second = ContentBuildThreads.Raise();

        first.Dispose();
        first.Dispose();
        ThreadPool.GetMinThreads(out var oneLeft, out _);
        second.Dispose();
        ThreadPool.GetMinThreads(out var after, out _);

        Assert.True(oneLeft >= Environment.ProcessorCount + 4, $"{oneLeft} threads with a build still running");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task After_the_last_build_the_minimum_stays_raised_for_the_new_snapshots_own_work_then_comes_back()
    {
        ThreadPool.GetMinThreads(out var before, out _);
        ContentBuildThreads.SettleTime = TimeSpan.FromMilliseconds(300);

        ContentBuildThreads.Raise().Dispose();
        ThreadPool.GetMinThreads(out var settling, out _);
        var after = await MinimumOnceSettledAsync(before);

        Assert.True(settling >= Environment.ProcessorCount + 4, $"{settling} threads right after the build");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Building_a_host_raises_the_minimum_for_the_start_and_lets_it_come_back_after_the_settling_time()
    {
        ThreadPool.GetMinThreads(out var before, out _);
        ContentBuildThreads.SettleTime = TimeSpan.FromMilliseconds(300);

        SiteHost.CreateBuilder([]);
        ThreadPool.GetMinThreads(out var starting, out _);
        var after = await MinimumOnceSettledAsync(before);

        Assert.True(starting >= Environment.ProcessorCount + 4, $"{starting} threads while the host starts");
        Assert.Equal(before, after);
    }

    /// <summary>The pool's minimum once it is back to <paramref name="expected"/>, or as it is after 5 s of waiting for that.</summary>
    private static async Task<int> MinimumOnceSettledAsync(int expected)
    {
        ThreadPool.GetMinThreads(out var minimum, out _);
        for (var attempt = 0; attempt < 100 && minimum != expected; attempt++)
        {
            await Task.Delay(50);
            ThreadPool.GetMinThreads(out minimum, out _);
        }

        return minimum;
    }
}
