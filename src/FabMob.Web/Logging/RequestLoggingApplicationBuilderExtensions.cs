
namespace FabMob.Web.Logging;

internal static class RequestLoggingApplicationBuilderExtensions
{
    /// <summary>Today's message, in French; its property names are those of the line since the site began.</summary>
    public const string MessageTemplate = "HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms";

    /// <summary>
    /// One line per request (<see cref="RequestLogMiddleware"/>): method, path, status and elapsed milliseconds in the
    /// message, and the version of the content snapshot that answered (<c>SnapshotVersion</c>) as a property (in the JSON
    /// output, or for any structured sink). A 5xx or an exception is logged as an error. Without Serilog (the
    /// <c>check</c> and <c>export</c> commands) no line is written.
    /// </summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetService<Serilog.ILogger>();
        if (logger is null)
        {
            return app;
        }

        // The host's own logger, not the static Log: several hosts may run in one process (tests).
        app.UseMiddleware<RequestLogMiddleware>(logger);
        return app;
    }

    /// <summary>
    /// Begins the request's trace for what the response cache passes on (<see cref="RequestTraceMiddleware"/>): right
    /// after the cache, before anything that may log. Without Serilog (the commands), hosting's own trace stays.
    /// </summary>
    public static IApplicationBuilder UseRequestTrace(this IApplicationBuilder app) =>
        app.ApplicationServices.GetService<RequestTrace>() is null ? app : app.UseMiddleware<RequestTraceMiddleware>();

    // A decoded path may hold control characters (%0A…): they would forge log lines.
    // A path with none (nearly every request) is logged as it is, with no copy.
    internal static string Printable(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : !HasControl(path) ? path : string.Create(path.Length, path, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });

    private static bool HasControl(string path)
    {
        foreach (var c in path)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
