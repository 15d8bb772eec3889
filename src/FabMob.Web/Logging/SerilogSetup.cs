using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace FabMob.Web.Logging;

internal static class SerilogSetup
{
    /// <summary>Configuration key that turns the console output into compact JSON (CLEF), one event a line.</summary>
    public const string JsonKey = "Serilog:Json";

    /// <summary>Events waiting for the console at most; past that, new ones are dropped (see <c>AddSerilogLogging</c>).</summary>
    public const int ConsoleBufferSize = 10_000;

    /// <summary>The logger of ASP.NET Core's hosting, whose being on makes hosting trace every request.</summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    private const string HostingDiagnosticsOverrideKey = "Serilog:MinimumLevel:Override:" + HostingDiagnostics;

    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// The server logs through Serilog (Serilog.AspNetCore): every <c>ILogger</c> of the app and of ASP.NET Core
    /// writes to the console, as text, or as compact JSON when <c>Serilog:Json</c> is true (for a log collector in
    /// production). Levels come from the <c>Serilog</c> section (<c>MinimumLevel</c>, <c>Override</c>). Sinks
    /// registered in the services (<c>ILogEventSink</c>) receive the events too. The commands (<c>check</c>,
    /// <c>export</c>) do not call this: they log nothing, their output is their report.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // The static Log.Logger is left alone: each host (several run side by side in tests) has its own logger,
        // read from its own configuration when the host is built.
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            logger
                // Only levels and overrides are read from configuration; naming the sink assembly spares a scan of
                // every assembly of the application at start.
                .ReadFrom.Configuration(configuration,
                    new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly))
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            // Hosting begins an activity and a log scope for every request while this logger is on, whatever its level
            // (docs/performance.md « Une page en cache : les quatre pièces rendues moins chères »): RequestTrace begins them where a line may be written
            // instead. Its own lines (« Request starting », Information) come back with an explicit override in configuration.
            if (configuration[HostingDiagnosticsOverrideKey] is null)
            {
                logger.MinimumLevel.Override(HostingDiagnostics, LevelAlias.Off);
            }

            var json = configuration.GetValue<bool>(JsonKey);
            // The console is written on a background thread (Serilog.Sinks.Async): formatting the line and the write
            // to the console leave the request thread. A full buffer drops the newest lines rather than make a
            // request wait for the console; the logger is disposed with the host, which writes out what is queued.
            logger.WriteTo.Async(
                console =>
                {
                    if (json)
                    {
                        console.Console(new CompactJsonFormatter());
                    }
                    else
                    {
                        console.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture);
                    }
                },
                bufferSize: ConsoleBufferSize,
                blockWhenFull: false);
        }, preserveStaticLogger: true);
        builder.Services.AddSingleton<RequestTrace>();
        return builder;
    }
}
