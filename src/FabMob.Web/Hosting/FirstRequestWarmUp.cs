using System.Diagnostics;
using System.Security.Cryptography;
using FabMob.Web.Caching;
using FabMob.Web.Content;
using FabMob.Web.Lists;
using FabMob.Web.Publication;

namespace FabMob.Web.Hosting;

/// <summary>
/// Renders one page inside the process while Kestrel starts, so that the first visitor does not pay for what every
/// first page of a process costs once: the routing table, MVC's action invoker, filters and controller factory, the
/// views found and activated, the layout's first run, the stylesheet's fingerprint, the compressors
/// (docs/performance.md, « La première requête »). It begins on a thread-pool thread as soon as Kestrel has built the
/// pipeline, which is now while the content loads, and renders its page once the first snapshot is in.
/// </summary>
/// <remarks>
/// The page is the newest public entry of the blog (else the home page): the view most first visits land on. The
/// request goes through the pipeline from the point <see cref="Capture"/> is placed at, after the request log, the
/// first-response signal and the response cache: it is not logged, does not end the start and is not kept (the
/// compressors are warmed on its bytes here). A failure is only logged (Debug): the first visitor then pays as before.
/// </remarks>
public sealed partial class FirstRequestWarmUp(IServiceScopeFactory scopes, ContentSnapshotHost content,
    PublicationPolicy publication, BlogListing listing, ILogger<FirstRequestWarmUp> logger)
{
    /// <summary>Configuration key that turns the warm-up off (<c>false</c>); on by default outside Development.</summary>
    public const string EnabledKey = "Site:FirstRequestWarmUp";

    private Task<int?> _completed = Task.FromResult<int?>(null);

    /// <summary>The warm-up's status code once it is over; null when none ran (turned off, left to a request that waited for the content, or failed).</summary>
    public Task<int?> Completed => Volatile.Read(ref _completed);

    /// <summary>The path the warm-up requested, once it has begun.</summary>
    public string? Path { get; private set; }

    /// <summary>
    /// A pass-through middleware whose factory receives the rest of the pipeline when Kestrel builds it, and starts the
    /// warm-up request through it: no cost per request.
    /// </summary>
    public Func<RequestDelegate, RequestDelegate> Capture => next =>
    {
        Volatile.Write(ref _completed, Task.Run(() => RunAsync(next)));
        return next;
    };

    private async Task<int?> RunAsync(RequestDelegate pipeline)
    {
        try
        {
            // Kestrel builds the pipeline while the content loads: the page to warm is known once the first snapshot is in.
            var snapshot = await content.Loaded.ConfigureAwait(false);
            if (content.RequestWaited)
            {
                // A visitor came while the content loaded and is being answered now: that request does this work, and a
                // warm-up beside it would only take the other core from it.
                LogSkipped(logger);
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            var entries = publication.Entries(snapshot, listing.Collection);
            var path = Path = entries.Count > 0 ? entries[0].Url : "/";
            await using var scope = scopes.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var request = context.Request;
            request.Method = HttpMethods.Get;
            request.Scheme = Uri.UriSchemeHttp;
            request.Host = new HostString("localhost");
            request.Path = path;
            using var body = new MemoryStream();
            context.Response.Body = body;
            await pipeline(context).ConfigureAwait(false);
            // What the response cache does with a first response: its fingerprint and its fast compressed copies.
            var bytes = body.ToArray();
            _ = SHA256.HashData(bytes);
            _ = BodyCompressor.Fast(bytes);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogDone(logger, path, context.Response.StatusCode, elapsed.TotalMilliseconds);
            return context.Response.StatusCode;
        }
#pragma warning disable CA1031 // A warm-up that fails changes nothing for visitors: the first one renders as before.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, Path);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Préchauffage : {Path} rendu ({StatusCode}) en {ElapsedMs:0} ms, avant la première requête")]
    private static partial void LogDone(ILogger logger, string path, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Préchauffage inutile : une requête attendait le contenu et fait ce travail")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Préchauffage de {Path} impossible : la première requête fera ce travail")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? path);
}
