using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Logging;

/// <summary>What the built app writes on its console: readable text by default, compact JSON with <c>Serilog:Json</c>.</summary>
public sealed partial class ConsoleLogTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();

    [Fact]
    public async Task By_default_each_request_is_one_readable_french_line()
    {
        using var site = SiteProcess.Serve([$"--Site:ContentPath={_content.Root}"]);
        using var response = await site.WaitForAsync(Html.Encode("/à-propos"));

        var line = await LineAsync(site, l => l.Contains("HTTP GET /à-propos", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(TextRequestLine(), line);
    }

    [Fact]
    public async Task With_serilog_json_each_line_is_a_compact_json_event_and_the_request_line_has_its_properties()
    {
        using var site = SiteProcess.Serve([$"--Site:ContentPath={_content.Root}", "--Serilog:Json=true"]);
        using var response = await site.WaitForAsync(Html.Encode("/à-propos"));

        var line = await LineAsync(site, l => l.Contains("\"Path\":\"/à-propos\"", StringComparison.Ordinal));
        using var request = JsonDocument.Parse(line);
        var root = request.RootElement;
        Assert.Equal("HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms", root.GetProperty("@mt").GetString());
        Assert.Equal("GET", root.GetProperty("Method").GetString());
        Assert.Equal(200, root.GetProperty("StatusCode").GetInt32());
        Assert.True(root.GetProperty("ElapsedMs").GetDouble() >= 0);
        Assert.True(root.GetProperty("SnapshotVersion").GetInt64() >= 1);
        Assert.Equal("Serilog.AspNetCore.RequestLoggingMiddleware", root.GetProperty("SourceContext").GetString());
        // Its trace and the request's identifiers, for a log collector to join it with the other lines of the request.
        Assert.Matches("^[0-9a-f]{32}$", root.GetProperty("@tr").GetString());
        Assert.Matches("^[0-9a-f]{16}$", root.GetProperty("@sp").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("RequestId").GetString()));
        Assert.Equal("/%C3%A0-propos", root.GetProperty("RequestPath").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("ConnectionId").GetString()));
        // Every line of the console, start-up messages included, is one JSON object with a time and a template.
        var lines = site.Output.Where(l => l.Length > 0).ToList();
        Assert.Contains(lines, l => l.Contains("Contenu chargé", StringComparison.Ordinal));
        Assert.All(lines, l =>
        {
            using var document = JsonDocument.Parse(l);
            Assert.True(document.RootElement.TryGetProperty("@t", out _) && document.RootElement.TryGetProperty("@mt", out _), l);
        });
    }

    [Fact]
    public async Task Request_lines_still_queued_for_the_console_are_written_out_when_the_site_stops()
    {
        using var site = SiteProcess.Serve([$"--Site:ContentPath={_content.Root}"]);
        using (await site.WaitForAsync(Html.Encode("/à-propos")))
        {
        }

        // Sixteen clients at once, so that lines are still queued for the console when the stop comes.
        using var client = new HttpClient { BaseAddress = site.Address };
        const int clients = 16, each = 125, requests = clients * each;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = 0; i < each; i++)
            {
                using var response = await client.GetAsync(new Uri(Html.Encode("/à-propos"), UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));

        // SIGTERM right after the last answer: the host stops gracefully and disposes its logger.
        using (var kill = Process.Start("kill", ["-TERM", site.Process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await site.Process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, site.Process.ExitCode);
        var lines = site.Output.Count(l => l.Contains("HTTP GET /à-propos → 200", StringComparison.Ordinal));
        Assert.Equal(requests + 1, lines);
    }

    [Fact]
    public async Task The_export_command_writes_its_report_and_no_log_line()
    {
        using var target = TempSite.Empty();
        var (status, output, errors) = await SiteProcess.RunAsync("export", target.Root, $"--Site:ContentPath={_content.Root}");

        Assert.True(status is 0 or 1, $"status {status}\n{output}\n{errors}");
        Assert.Matches(@"^Export : \d+ adresses, .*\n$", output);
        Assert.DoesNotContain("HTTP GET", output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Contenu chargé", output + errors, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();

    /// <summary>The first console line that matches, once it has been written (the request line follows the response).</summary>
    private static async Task<string> LineAsync(SiteProcess site, Func<string, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var line = site.Output.FirstOrDefault(match);
            if (line is not null)
            {
                return line;
            }

            await Task.Delay(50);
        }

        Assert.Fail("no such line in:\n" + string.Join('\n', site.Output));
        return "";
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d INF\] Serilog\.AspNetCore\.RequestLoggingMiddleware: HTTP GET /à-propos → 200 en \d+\.\d ms$")]
    private static partial Regex TextRequestLine();
}
