using FabMob.Web.Configuration;

namespace FabMob.Web.Hosting;

/// <summary>The one way the server and the commands (<c>check</c>, <c>export</c>) build their host, so they read the same configuration.</summary>
internal static class SiteHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args, string? environment = null)
    {
        EnsureThreads();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = environment,
            // Controllers and views are found in this assembly, whichever process hosts it (tests, tools).
            ApplicationName = typeof(SiteHost).Assembly.GetName().Name,
            // appsettings.json sits next to the app, whatever directory it is started from.
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = RepositoryLayout.WebRoot(),
        });
        SiteFileConfigurationSource.AddTo(builder);
        return builder;
    }

    /// <summary>
    /// Content builds run parallel loops that block their calling thread (PLINQ, <c>Parallel.For</c>).
    /// With the pool's default minimum (one thread per core), a rebuild that starts while another
    /// parallel job holds the threads waits for the pool to add one (about half a second each): on
    /// 2 cores, an edit at 10,000 articles was rebuilt in 1,000–1,150 ms instead of 100–350. A few
    /// threads more than cores are started without that wait.
    /// </summary>
    private static void EnsureThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 4), completions);
    }
}
