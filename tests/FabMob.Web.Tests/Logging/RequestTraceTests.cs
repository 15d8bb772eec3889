using System.Diagnostics;
using System.Net;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace FabMob.Web.Tests.Logging;

/// <summary>
/// The request's trace (activity: <c>@tr</c>, <c>@sp</c>; scope: <c>RequestId</c>, <c>RequestPath</c>) is begun where a
/// line may be written: for every request when requests are logged at Information, past the response cache when only
/// warnings and errors are (production, the bench), so that a page the cache answers then costs no trace.
/// </summary>
public sealed class RequestTraceTests : IDisposable
{
    private const string RequestLine = "HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms";
    private const string TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private static readonly Dictionary<string, string?> WarningsOnly = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private readonly TempSite _content = TempSite.FromFixture();
    private readonly RequestTraceProbe _probe = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task With_only_warnings_logged_a_server_error_is_logged_as_an_error_with_the_trace_and_request_id_of_its_exception()
    {
        using var factory = Site(WarningsOnly);
        using var response = await factory.CreateRawClient().GetAsync(new Uri("/_test/panne", UriKind.Relative));

        var line = await LineAsync(factory, "/_test/panne");
        var exception = factory.Logs.Events.Single(e => Scalar(e, "SourceContext") is string source && source.EndsWith("ExceptionHandlerMiddleware", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(LogEventLevel.Error, line.Level);
        Assert.Equal(500, Scalar(line, "StatusCode"));
        Assert.NotNull(line.TraceId);
        Assert.NotEqual(default, line.TraceId!.Value);
        Assert.Equal(exception.TraceId, line.TraceId);
        Assert.NotNull(Scalar(exception, "RequestId"));
        Assert.Equal(Scalar(exception, "RequestId"), Scalar(line, "RequestId"));
        Assert.Equal("/_test/panne", Scalar(line, "RequestPath"));
    }

    [Fact]
    public async Task With_only_warnings_logged_a_page_answered_from_the_cache_begins_no_trace_and_a_rendered_one_does()
    {
        using var factory = Site(WarningsOnly);
        var client = factory.CreateRawClient();
        using (var rendered = await client.GetAsync(new Uri("/windows", UriKind.Relative)))
        using (var cached = await client.GetAsync(new Uri("/windows", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        Assert.Equal([("/windows", true), ("/windows", false)], _probe.Requests.Where(r => r.Path == "/windows"));
        Assert.DoesNotContain(factory.Logs.Events, e => e.MessageTemplate.Text == RequestLine);
    }

    [Fact]
    public async Task With_information_logged_a_page_answered_from_the_cache_is_logged_with_its_own_trace_and_request_id()
    {
        using var factory = Site();
        var client = factory.CreateRawClient();
        (await client.GetAsync(new Uri("/windows", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/windows", UriKind.Relative))).Dispose();

        var lines = await LinesAsync(factory, "/windows", 2);
        Assert.Equal([("/windows", true), ("/windows", true)], _probe.Requests.Where(r => r.Path == "/windows"));
        Assert.All(lines, line => Assert.Equal(LogEventLevel.Information, line.Level));
        Assert.All(lines, line => Assert.NotEqual(default, line.TraceId ?? default));
        Assert.All(lines, line => Assert.NotEqual(default, line.SpanId ?? default));
        Assert.All(lines, line => Assert.False(string.IsNullOrEmpty(Scalar(line, "RequestId") as string)));
        Assert.NotEqual(lines[0].TraceId, lines[1].TraceId);
    }

    [Theory]
    [InlineData(false, "/_test/panne")]
    [InlineData(true, "/windows")]
    public async Task A_trace_parent_sent_by_a_proxy_is_the_trace_of_the_request_line(bool information, string path)
    {
        using var factory = Site(information ? null : WarningsOnly);
        var client = factory.CreateRawClient();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("traceparent", TraceParent);
            (await client.SendAsync(request)).Dispose();
        }

        var lines = await LinesAsync(factory, path, 2);
        Assert.All(lines, line => Assert.Equal(ActivityTraceId.CreateFromString("0af7651916cd43dd8448eb211c80319c"), line.TraceId));
        Assert.All(lines, line => Assert.NotEqual(ActivitySpanId.CreateFromString("b7ad6b7169203331"), line.SpanId));
    }

    [Fact]
    public async Task Hosting_keeps_its_own_trace_when_its_logger_is_turned_on_in_configuration()
    {
        using var factory = Site(new Dictionary<string, string?>(WarningsOnly)
        {
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning",
        });
        var client = factory.CreateRawClient();
        (await client.GetAsync(new Uri("/windows", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/windows", UriKind.Relative))).Dispose();

        Assert.Equal([("/windows", true), ("/windows", true)], _probe.Requests.Where(r => r.Path == "/windows"));
    }

    private SiteFactory Site(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(_content.Root, settings: settings, services: services =>
        {
            services.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly);
            services.AddSingleton<IStartupFilter>(_probe);
        });

    private static async Task<LogEvent> LineAsync(SiteFactory factory, string path) => (await LinesAsync(factory, path, 1))[0];

    /// <summary>The request lines for <paramref name="path"/>, once <paramref name="count"/> have been written (after their responses).</summary>
    private static async Task<IReadOnlyList<LogEvent>> LinesAsync(SiteFactory factory, string path, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var lines = factory.Logs.Events.Where(e => e.MessageTemplate.Text == RequestLine && Equals(Scalar(e, "Path"), path)).ToList();
            if (lines.Count >= count || attempt == 200)
            {
                Assert.True(lines.Count >= count, $"{lines.Count} request lines for {path}:\n" + string.Join('\n', factory.Logs.Entries.Select(e => e.Message)));
                return lines;
            }

            await Task.Delay(50);
        }
    }

    private static object? Scalar(LogEvent line, string name) =>
        line.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
