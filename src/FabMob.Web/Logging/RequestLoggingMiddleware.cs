using System.Diagnostics;

namespace FabMob.Web.Logging;

/// <summary>One structured line per request: method, path, status, elapsed milliseconds.</summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var elapsedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var path = Printable(context.Request.Path.Value);
                LogRequest(context.Request.Method, path, context.Response.StatusCode, elapsedMs);
            }
        }
    }

    // A decoded path may hold control characters (%0A…): they would forge log lines.
    private static string Printable(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : string.Create(path.Length, path, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);
}
