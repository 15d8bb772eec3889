using System.Globalization;
using Serilog;
using Serilog.Settings.Configuration;

namespace FabMob.Web.Logging;

internal static class SerilogSetup
{
    /// <summary>
    /// Routes ASP.NET Core logging to Serilog (console), levels from the <c>Serilog</c> and <c>Logging</c>
    /// sections. Serilog.AspNetCore does not restore here; <see cref="RequestLoggingMiddleware"/> does its job.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            // Only levels and overrides are read from configuration; naming the sink assembly spares a scan of every
            // assembly of the application at start.
            .ReadFrom.Configuration(builder.Configuration,
                new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly))
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
