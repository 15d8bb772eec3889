using System.Net;
using FabMob.Web.Content;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace FabMob.Web.Tests.Logging;

/// <summary>The request line of Serilog.AspNetCore's request logging, as a structured event.</summary>
public sealed class RequestLoggingTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private const string Template = "HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms";

    [Fact]
    public async Task A_request_line_carries_method_path_status_elapsed_and_the_snapshot_version_that_answered()
    {
        using var response = await site.Factory.CreateRawClient().GetAsync(new Uri(Html.Encode("/à-propos"), UriKind.Relative));

        var line = await RequestLineAsync(site.Factory, "/à-propos");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("GET", Scalar(line, "Method"));
        Assert.Equal(200, Scalar(line, "StatusCode"));
        Assert.InRange((double)Scalar(line, "ElapsedMs")!, 0.0, 60_000.0);
        Assert.Equal(site.Factory.Services.GetRequiredService<ContentSnapshotHost>().Current.Version, Scalar(line, "SnapshotVersion"));
        Assert.Equal("Serilog.AspNetCore.RequestLoggingMiddleware", Scalar(line, "SourceContext"));
    }

    [Fact]
    public async Task A_control_character_in_the_path_is_logged_as_a_question_mark_so_it_cannot_forge_a_line()
    {
        using var response = await site.Factory.CreateRawClient().GetAsync(new Uri("/ligne%0Afausse%0D%1B", UriKind.Relative));

        var line = await RequestLineAsync(site.Factory, "/ligne?fausse??");
        Assert.Equal(404, Scalar(line, "StatusCode"));
        Assert.Contains(site.Factory.Logs.Entries, e => e.Message.StartsWith("HTTP GET /ligne?fausse?? → 404 en ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_error_is_logged_as_an_error_with_its_status()
    {
        using var content = TempSite.FromFixture();
        using var factory = new SiteFactory(content.Root, services: services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly));
        using var response = await factory.CreateRawClient().GetAsync(new Uri("/_test/panne", UriKind.Relative));

        var line = await RequestLineAsync(factory, "/_test/panne");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(LogEventLevel.Error, line.Level);
        Assert.Equal(500, Scalar(line, "StatusCode"));
    }

    /// <summary>The request line for <paramref name="path"/>: written once the response has ended, so waited for a little.</summary>
    private static async Task<LogEvent> RequestLineAsync(SiteFactory factory, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var line = factory.Logs.Events.LastOrDefault(e => e.MessageTemplate.Text == Template && Equals(Scalar(e, "Path"), path));
            if (line is not null || attempt == 100)
            {
                Assert.True(line is not null, $"no request line for {path}:\n" + string.Join('\n', factory.Logs.Entries.Select(e => e.Message)));
                return line;
            }

            await Task.Delay(50);
        }
    }

    private static object? Scalar(LogEvent line, string name) =>
        line.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;
}
