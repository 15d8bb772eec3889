using System.Net;
using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Health;
using FabMob.Web.Hosting;
using FabMob.Web.Logging;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Hosting;

/// <summary>
/// Kestrel listens while the first snapshot loads (docs/performance.md, « Kestrel écoute pendant le chargement »): the
/// real application on a loopback port, whose first build is held until the test lets it go
/// (<see cref="ContentSnapshotHost.HoldFirstBuild"/>). A request that comes meanwhile waits for the snapshot,
/// <c>/healthz</c> says 503, and the host's start is over only once the content is there.
/// </summary>
public sealed class ListenEarlyTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempSite _content = TempSite.FromFixture("collections");

    [Fact]
    public async Task A_request_sent_while_the_first_build_is_held_is_answered_200_once_the_snapshot_is_in_without_a_warm_up_beside_it()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = Site(_content.Root, hold: hold.Task);
        var start = app.StartAsync();
        try
        {
            var client = Client(await ListeningAsync(app, start));

            var page = client.GetAsync(new Uri("/blog/recent", UriKind.Relative));
            // Long enough for a request that did not wait to be answered (a 500 from a missing snapshot comes at once).
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(page.IsCompleted, "the request was answered before the content was loaded");
            Assert.False(start.IsCompleted, "the host's start was over before the content was loaded");
            Assert.False(app.Lifetime.ApplicationStarted.IsCancellationRequested);

            hold.TrySetResult();
            using var response = await page.WaitAsync(Patience);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Le plus récent des articles publiés", body, StringComparison.Ordinal);
            await start.WaitAsync(Patience);
            Assert.True(app.Lifetime.ApplicationStarted.IsCancellationRequested);
            // The visitor who waited does the first page's work: no warm-up beside it.
            var warmUp = app.Services.GetRequiredService<FirstRequestWarmUp>();
            Assert.Null(await warmUp.Completed.WaitAsync(Patience));
            Assert.Null(warmUp.Path);
        }
        finally
        {
            hold.TrySetResult();
        }
    }

    [Fact]
    public async Task Healthz_answers_503_while_the_first_build_is_held_and_the_warm_up_renders_once_it_is_in()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = Site(_content.Root, hold: hold.Task);
        var start = app.StartAsync();
        try
        {
            var client = Client(await ListeningAsync(app, start));

            using var waiting = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(Patience);
            var said = await waiting.Content.ReadAsStringAsync();
            hold.TrySetResult();
            await start.WaitAsync(Patience);
            using var ready = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(Patience);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
            Assert.Contains(HealthExtensions.Loading, said, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            // No visitor waited: the warm-up, begun when Kestrel built the pipeline, rendered the newest article once the content was in.
            var warmUp = app.Services.GetRequiredService<FirstRequestWarmUp>();
            Assert.Equal(200, await warmUp.Completed.WaitAsync(Patience));
            Assert.Equal("/blog/recent", warmUp.Path);
            // A probe is no visitor: it did not end the start (the quiet period's fallback is what will).
            Assert.False(app.Services.GetRequiredService<FirstResponseSignal>().IsReached);
        }
        finally
        {
            hold.TrySetResult();
        }
    }

    [Fact]
    public async Task Healthz_says_the_content_is_loading_while_the_first_build_runs_and_logs_no_error_for_it()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var logs = new LogCollector();
        await using var app = Site(_content.Root, services => services.AddSingleton<Serilog.Core.ILogEventSink>(logs), hold.Task, serilog: true);
        var start = app.StartAsync();
        try
        {
            var client = Client(await ListeningAsync(app, start));

            using var loading = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(Patience);
            using var json = System.Text.Json.JsonDocument.Parse(await loading.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
            Assert.Equal("Unhealthy", json.RootElement.GetProperty("statut").GetString());
            Assert.Equal(HealthExtensions.Loading, json.RootElement.GetProperty("message").GetString());
            // A probe during a normal start is no failure: nothing at Error level (an operator's alerts watch for those).
            Assert.DoesNotContain(logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        }
        finally
        {
            hold.TrySetResult();
        }

        await start.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_first_build_that_fails_still_fails_the_start_and_a_request_that_waited_gets_503_not_500()
    {
        // The real application whose content host reads a folder that is not there (the settings, checked first, name a
        // real one): its first build fails after Kestrel has started listening.
        await using var app = Site(_content.Root, services => services.Replace(ServiceDescriptor.Singleton(provider =>
            new ContentSnapshotHost(provider.GetRequiredService<ContentSnapshotBuilder>(),
                Options.Create(new SiteOptions { ContentPath = Path.Combine(_content.Root, "absent") }),
                NullLogger<ContentSnapshotHost>.Instance))));

        var failure = await Assert.ThrowsAnyAsync<IOException>(() => app.StartAsync());
        var client = Client(Address(app)!);
        using var response = await client.GetAsync(new Uri("/blog/recent", UriKind.Relative)).WaitAsync(Patience);

        Assert.Contains("absent", failure.Message, StringComparison.Ordinal);
        Assert.False(app.Lifetime.ApplicationStarted.IsCancellationRequested);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(FirstSnapshotGate.Unavailable, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The application as <c>Program</c> builds it, in Production, on a free loopback port.</summary>
    private static WebApplication Site(string root, Action<IServiceCollection>? services = null, Task? hold = null, bool serilog = false)
    {
        var builder = SiteHost.CreateBuilder([$"--Site:ContentPath={root}", "--Site:PageCache=false", "--Search:Enabled=false",
            "--urls=http://127.0.0.1:0"], "Production");
        if (serilog)
        {
            builder.AddSerilogLogging();
        }

        builder.Services.AddFabMobSite();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (hold is not null)
        {
            app.Services.GetRequiredService<ContentSnapshotHost>().HoldFirstBuild(hold);
        }

        app.UseFabMobSite();
        return app;
    }

    /// <summary>Waits until Kestrel has bound its port, while the start is still under way.</summary>
    private static async Task<Uri> ListeningAsync(WebApplication app, Task start)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (Address(app) is { } address)
            {
                return address;
            }

            Assert.False(start.IsCompleted, "the start ended before Kestrel listened");
            Assert.True(DateTime.UtcNow < deadline, "Kestrel did not listen while the content was held");
            await Task.Delay(20);
        }
    }

    private static Uri? Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(a => !a.EndsWith(":0", StringComparison.Ordinal)) is { } bound ? new Uri(bound) : null;

    private static HttpClient Client(Uri address) => new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = address,
        Timeout = Patience,
    };

    public void Dispose() => _content.Dispose();
}
