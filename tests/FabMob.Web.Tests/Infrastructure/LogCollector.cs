using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// Keeps every log event the site writes, for tests that read what an operator would see: a Serilog sink the
/// site's logger picks up from the services (as any sink registered there), with the level, the source
/// (<c>SourceContext</c>: the logging class) and the message as the console shows it.
/// </summary>
public sealed class LogCollector : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Message = new("{Message:lj}", CultureInfo.InvariantCulture);

    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> _entries = new();
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => [.. _entries];

    /// <summary>The events as Serilog has them, with their properties.</summary>
    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>
    /// Waits (up to a minute, however loaded the machine) for an entry that <paramref name="match"/> accepts, then
    /// returns every entry so far, in order: for lines written after the client already has its answer (the request
    /// line, a build finished on another thread). Fails the test, with what was logged, if none comes.
    /// </summary>
    public async Task<IReadOnlyList<(LogLevel Level, string Category, string Message)>> WaitForAsync(
        Func<(LogLevel Level, string Category, string Message), bool> match)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var entries = Entries;
            if (entries.Any(match))
            {
                return entries;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the expected log line never came; logged:\n" + string.Join('\n', entries.Select(e => e.Message)));
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Message.Format(logEvent, text);
        var category = logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name }
            ? name
            : "";
        _events.Enqueue(logEvent);
        _entries.Enqueue((Level(logEvent.Level), category, text.ToString()));
    }

    private static LogLevel Level(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogLevel.Trace,
        LogEventLevel.Debug => LogLevel.Debug,
        LogEventLevel.Information => LogLevel.Information,
        LogEventLevel.Warning => LogLevel.Warning,
        LogEventLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };
}
