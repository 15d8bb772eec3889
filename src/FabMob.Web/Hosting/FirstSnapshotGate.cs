using FabMob.Web.Content;

namespace FabMob.Web.Hosting;

/// <summary>
/// The front of the pipeline while the content loads: Kestrel listens before the first snapshot is in place
/// (<see cref="ContentSnapshotHost.StartedAsync"/>), and a request that comes meanwhile waits for it here, then goes on
/// as any other. Once the content is loaded, a request costs one volatile read. Should the first build fail (the app then
/// stops with its error), the requests that waited get a 503.
/// </summary>
internal static partial class FirstSnapshotGate
{
    /// <summary>What a waiting request is told when no snapshot could be built (the app is stopping).</summary>
    public const string Unavailable = "Le contenu du site n'a pas pu être chargé.";

    public static IApplicationBuilder UseFirstSnapshotGate(this IApplicationBuilder app)
    {
        var content = app.ApplicationServices.GetRequiredService<ContentSnapshotHost>();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstSnapshotGate));
        return app.Use(next => context => content.IsLoaded ? next(context) : WaitThenAsync(context, next, content, logger));
    }

    private static async Task WaitThenAsync(HttpContext context, RequestDelegate next, ContentSnapshotHost content, ILogger logger)
    {
        try
        {
            await content.WaitForFirstAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left before the content was there: nobody to answer.
            return;
        }
#pragma warning disable CA1031 // Whatever broke the first build is the start's to report; the waiting request gets a 503.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogUnavailable(logger, e.Message);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Unavailable, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Requête arrivée avant le contenu, qui n'a pas pu être chargé : 503 ({Reason})")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
