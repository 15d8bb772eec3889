using Serilog;
using FabMob.Web.Configuration;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Wiki;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FabMob.Web.Tests.Wiki;

/// <summary>
/// The wiki's services as <c>AddSiteWiki</c> registers them (real HttpClient, real cache file), with
/// fixed page ids instead of a content snapshot, started like the host starts them.
/// </summary>
internal sealed class WikiServiceHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private WikiServiceHarness(ServiceProvider services, FixedWikiPageIds ids, LogCollector logs)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
        Ids = ids;
        Logs = logs;
    }

    public FixedWikiPageIds Ids { get; }
    public LogCollector Logs { get; }
    public IWikiCatalog Catalog => _services.GetRequiredService<IWikiCatalog>();
    public string CacheFile => _services.GetRequiredService<WikiCacheFile>().Path;

    public static async Task<WikiServiceHarness> StartAsync(Uri apiUrl, string cacheDirectory, IEnumerable<string> ids,
        Action<WikiOptions>? configure = null)
    {
        var logs = new LogCollector();
        var pageIds = new FixedWikiPageIds(ids);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddSerilog(
            new Serilog.LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(logs).CreateLogger(), dispose: true));
        services.AddOptions<SiteOptions>().Configure(site =>
        {
            site.BaseUrl = "https://fabmob.test";
            site.Wiki.ApiUrl = apiUrl.AbsoluteUri;
            site.Wiki.CacheDirectory = cacheDirectory;
            site.Wiki.RequestTimeout = TimeSpan.FromSeconds(5);
            site.Wiki.MaxResponseBytes = 256 * 1024;
            configure?.Invoke(site.Wiki);
        });
        services.AddSiteWiki();
        services.AddSingleton<IWikiPageIds>(pageIds);
        var harness = new WikiServiceHarness(services.BuildServiceProvider(), pageIds, logs);
        foreach (var service in harness._hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>Waits until the catalogue's answer for <paramref name="id"/> meets <paramref name="until"/>.</summary>
    public async Task<WikiSummary> WaitForAsync(string id, Func<WikiSummary, bool> until, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var summary = Catalog.Find(id);
            if (until(summary))
            {
                return summary;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"« {id} » is still {summary} after {timeoutMs} ms; logs: " +
                    string.Join(" | ", Logs.Entries.Select(e => e.Message)));
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until a log line contains <paramref name="fragment"/> at least <paramref name="count"/> times.</summary>
    public async Task WaitForLogAsync(string fragment, int count = 1, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (Logs.Entries.Count(e => e.Message.Contains(fragment, StringComparison.Ordinal)) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No log line with « {fragment} » ({count}×) after {timeoutMs} ms; logs: " +
                    string.Join(" | ", Logs.Entries.Select(e => e.Message)));
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
