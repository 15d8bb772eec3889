using FabMob.Web.Content;
using Serilog;
using Serilog.Events;

namespace FabMob.Web.Logging;

internal static class RequestLoggingApplicationBuilderExtensions
{
    /// <summary>Today's message, in French; its property names are those of the line since the site began.</summary>
    public const string MessageTemplate = "HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms";

    /// <summary>
    /// One line per request through Serilog.AspNetCore's request logging: method, path, status and elapsed
    /// milliseconds in the message, and the version of the content snapshot that answered (<c>SnapshotVersion</c>)
    /// as a property (in the JSON output, or for any structured sink). A 5xx or an exception is logged as an error.
    /// Without Serilog (the <c>check</c> and <c>export</c> commands) no line is written.
    /// </summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetService<Serilog.ILogger>();
        if (logger is null)
        {
            return app;
        }

        var snapshots = app.Services.GetRequiredService<ContentSnapshotHost>();
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger, not the static Log: several hosts may run in one process (tests).
            options.Logger = logger;
            options.MessageTemplate = MessageTemplate;
            options.GetMessageTemplateProperties = static (context, _, elapsedMs, statusCode) =>
            [
                new LogEventProperty("Method", new ScalarValue(context.Request.Method)),
                new LogEventProperty("Path", new ScalarValue(Printable(context.Request.Path.Value))),
                new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
                new LogEventProperty("ElapsedMs", new ScalarValue(elapsedMs)),
            ];
            // The snapshot the request was answered from (pinned by the request), else the current one.
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("SnapshotVersion", snapshots.For(context).Version);
        });
        return app;
    }

    // A decoded path may hold control characters (%0A…): they would forge log lines.
    // A path with none (nearly every request) is logged as it is, with no copy.
    private static string Printable(string? path) =>
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
