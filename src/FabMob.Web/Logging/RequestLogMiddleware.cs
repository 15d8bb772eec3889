using System.Diagnostics;
using FabMob.Web.Content;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace FabMob.Web.Logging;

/// <summary>
/// One line per request (<see cref="RequestLoggingApplicationBuilderExtensions.MessageTemplate"/>), written as
/// Serilog.AspNetCore's request logging writes it — same template, properties, levels (Information, Error for a 5xx or an
/// exception), source (<c>Serilog.AspNetCore.RequestLoggingMiddleware</c>) and trace ids — plus the snapshot that
/// answered. What it costs a request depends on what can be written: with Information on, every request begins its trace
/// here (<see cref="RequestTrace"/>) and is logged; with only errors on (production, the bench), a request is timed and
/// nothing else unless it fails, and its line then takes the trace begun after the response cache
/// (<see cref="RequestTraceMiddleware"/>); with errors off, nothing.
/// </summary>
internal sealed class RequestLogMiddleware
{
    /// <summary>The source of the request lines since the site began (operators filter on it).</summary>
    public const string SourceContext = "Serilog.AspNetCore.RequestLoggingMiddleware";

    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse(RequestLoggingApplicationBuilderExtensions.MessageTemplate);

    private readonly RequestDelegate _next;
    private readonly Serilog.ILogger _log;
    private readonly RequestTrace _trace;
    private readonly ContentSnapshotHost _snapshots;
    private readonly RequestDelegate _timed;

    public RequestLogMiddleware(RequestDelegate next, Serilog.ILogger logger, RequestTrace trace, ContentSnapshotHost snapshots)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _next = next;
        _log = logger.ForContext(Constants.SourceContextPropertyName, SourceContext);
        _trace = trace;
        _snapshots = snapshots;
        _timed = TimedAsync;
    }

    public Task InvokeAsync(HttpContext context) =>
        _log.IsEnabled(LogEventLevel.Information) ? _trace.RunAsync(context, _timed)
        : _log.IsEnabled(LogEventLevel.Error) ? TimedAsync(context)
        : _next(context);

    private Task TimedAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        Task request;
        try
        {
            request = _next(context);
        }
        catch (Exception e) when (Write(context, start, StatusCodes.Status500InternalServerError, e))
        {
            // Never reached: Write returns false, so the exception goes on up as it came (logged, not caught).
            throw;
        }

        if (!request.IsCompletedSuccessfully)
        {
            return AwaitedAsync(request, context, start);
        }

        Write(context, start, context.Response.StatusCode, null);
        return Task.CompletedTask;
    }

    private async Task AwaitedAsync(Task request, HttpContext context, long start)
    {
        try
        {
            await request.ConfigureAwait(false);
        }
        catch (Exception e) when (Write(context, start, StatusCodes.Status500InternalServerError, e))
        {
            throw;
        }

        Write(context, start, context.Response.StatusCode, null);
    }

    /// <summary>Writes the line if its level is on; always false (an exception filter that never catches).</summary>
    private bool Write(HttpContext context, long start, int status, Exception? exception)
    {
        var level = exception is not null || status >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Information;
        if (!_log.IsEnabled(level))
        {
            return false;
        }

        var elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        // Inside the request's trace (Information on) its activity is the current one; with only errors on, the trace
        // began after the response cache and has ended: its activity is still on the request. The scope's properties are
        // written here either way (a scope adds a property only where the line has none).
        var activity = Activity.Current ?? context.Features.Get<IHttpActivityFeature>()?.Activity;
        LogEventProperty[] properties =
        [
            new("Method", new ScalarValue(context.Request.Method)),
            new("Path", new ScalarValue(RequestLoggingApplicationBuilderExtensions.Printable(context.Request.Path.Value))),
            new("StatusCode", new ScalarValue(status)),
            new("ElapsedMs", new ScalarValue(elapsedMs)),
            new("SnapshotVersion", new ScalarValue(_snapshots.For(context).Version)),
            new(RequestLogScope.RequestIdName, new ScalarValue(context.TraceIdentifier)),
            new(RequestLogScope.RequestPathName, new ScalarValue(RequestLogScope.PathOf(context.Request))),
        ];
        _log.Write(new LogEvent(DateTimeOffset.Now, level, exception, Template, properties,
            activity?.TraceId ?? default, activity?.SpanId ?? default));
        return false;
    }
}
