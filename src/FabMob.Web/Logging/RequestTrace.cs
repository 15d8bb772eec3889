using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace FabMob.Web.Logging;

/// <summary>
/// The request's <see cref="Activity"/> (its trace and span ids: <c>@tr</c>, <c>@sp</c> on every line logged while it
/// runs) and its log scope (<c>RequestId</c>, <c>RequestPath</c>), begun as ASP.NET Core's hosting begins them, but only
/// for requests that may write a line. Hosting itself begins both for every request as soon as its logger
/// (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>) is on; <see cref="SerilogSetup"/> turns that logger off, so that a
/// page the response cache answers without writing a line costs neither. A request that already has an activity
/// (hosting's, when an <c>ActivitySource</c> listener or a diagnostic listener asks for one, or that logger is turned
/// back on in configuration) keeps it.
/// </summary>
public sealed class RequestTrace(ILogger<RequestTrace> logger, DistributedContextPropagator propagator)
{
    /// <summary>The name ASP.NET Core's hosting gives the activity of an incoming request.</summary>
    public const string ActivityName = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    private static readonly DistributedContextPropagator.PropagatorGetterCallback HeaderValue =
        static (object? carrier, string name, out string? value, out IEnumerable<string>? values) =>
        {
            values = null;
            value = ((IHeaderDictionary)carrier!)[name];
        };

    /// <summary>Runs <paramref name="next"/> inside the request's activity and log scope, begun here unless it has them.</summary>
    public Task RunAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.Features.Get<IHttpActivityFeature>()?.Activity is not null ? next(context) : TracedAsync(context, next);
    }

    private async Task TracedAsync(HttpContext context, RequestDelegate next)
    {
        // Set inside this async method, Activity.Current and the scope flow into next and are undone when it returns.
        using var activity = Start(context);
        using var scope = logger.BeginScope(new RequestLogScope(context));
        await next(context).ConfigureAwait(false);
    }

    /// <summary>What hosting does when no activity listener samples the request: a W3C parent and baggage from the headers.</summary>
    private Activity Start(HttpContext context)
    {
        var headers = context.Request.Headers;
        propagator.ExtractTraceIdAndState(headers, HeaderValue, out var parent, out var state);
        var activity = new Activity(ActivityName);
        if (!string.IsNullOrEmpty(parent))
        {
            activity.SetParentId(parent);
            if (!string.IsNullOrEmpty(state))
            {
                activity.TraceStateString = state;
            }
        }

        if (propagator.ExtractBaggage(headers, HeaderValue) is { } baggage)
        {
            foreach (var item in baggage)
            {
                activity.AddBaggage(item.Key, item.Value);
            }
        }

        activity.Start();
        context.Features.Set<IHttpActivityFeature>(new RequestActivityFeature(activity));
        return activity;
    }
}
