using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace FabMob.Web.Tests.Logging;

/// <summary>
/// Notes, in front of the whole pipeline, whether each request ended with an activity (a trace) on it, by path: what
/// hosting or the site began for it, seen from outside.
/// </summary>
public sealed class RequestTraceProbe : IStartupFilter
{
    private readonly ConcurrentQueue<(string Path, bool Traced)> _requests = new();

    public IReadOnlyList<(string Path, bool Traced)> Requests => [.. _requests];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                _requests.Enqueue((context.Request.Path.Value ?? "", context.Features.Get<IHttpActivityFeature>()?.Activity is not null));
            }
        });
        next(app);
    };
}
