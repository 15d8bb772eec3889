using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FabMob.Web.Content;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Preview;

/// <summary>The live preview: in Development, pages listen for new snapshots and show content errors; in Production, nothing.</summary>
public sealed class LivePreviewTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ITestOutputHelper _output;
    private readonly TempSite _content = TempSite.FromFixture();
    private SiteFactory? _factory;

    public LivePreviewTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task In_development_a_page_carries_the_preview_script_and_its_snapshot_version()
    {
        var client = Site("Development").CreateRawClient();

        var (response, page) = await Html.GetAsync(client, "/windows");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = Assert.Single(page.QuerySelectorAll("script[data-apercu-evenements]"));
        Assert.StartsWith("/js/apercu.js?v=", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("/_apercu/evenements", script.GetAttribute("data-apercu-evenements"));
        Assert.Equal(Host.Current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), script.GetAttribute("data-apercu-version"));
        Assert.Matches("^[0-9a-f]{12}$", script.GetAttribute("data-apercu-instance"));
        // No inline script: every script the browser runs is a file (a strict CSP will come); JSON data blocks aside.
        Assert.All(page.Scripts.Where(s => string.IsNullOrEmpty(s.Type) || s.Type is "text/javascript" or "module"),
            s => Assert.False(string.IsNullOrEmpty(s.Source)));

        var file = await client.GetAsync(new Uri(script.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/javascript", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_content_errors_are_listed_on_the_page_in_french()
    {
        var client = Site("Development").CreateRawClient();

        var (_, page) = await Html.GetAsync(client, "/windows");

        var panel = page.QuerySelector("aside#apercu-erreurs");
        Assert.NotNull(panel);
        var errors = Host.Current.Findings.Where(f => f.Severity == FabMob.Content.ContentSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.Equal($"Aperçu : {errors.Count} erreurs dans le contenu", panel.QuerySelector("h2")?.TextContent);
        var items = panel.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(errors.Select(e => $"{e.File}:{e.Line}:{e.Column} {e.Message}"), items);
        Assert.Contains(items, i => i.StartsWith("cassé.md:3:", StringComparison.Ordinal) && i.Contains("YAML invalide", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_content_errors_there_is_no_error_list_but_the_script_is_there()
    {
        using var clean = TempSite.Empty();
        clean.Write("index.md", "---\ntitre: Accueil\n---\n\nTout va bien.\n");
        _factory = new SiteFactory(clean.Root, "Development");

        var (_, page) = await Html.GetAsync(_factory.CreateRawClient(), "/");

        Assert.Null(page.QuerySelector("#apercu-erreurs"));
        Assert.NotNull(page.QuerySelector("script[data-apercu-version]"));
    }

    [Fact]
    public async Task In_development_the_event_stream_announces_a_new_version_after_a_content_change()
    {
        var client = Site("Development").CreateRawClient();
        using var response = await client.GetAsync(new Uri("/_apercu/evenements", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());

        var first = await events.NextAsync(Patience);
        Assert.Equal("version", first["event"]);
        var firstVersion = Version(first);
        Assert.Equal(Host.Current.Version, firstVersion);

        var clock = Stopwatch.StartNew();
        _content.Write("en-direct.md", "---\ntitre: En direct\n---\n\nÉcrite pendant l'aperçu.\n");
        var next = await events.NextAsync(Patience);
        clock.Stop();

        Assert.Equal("version", next["event"]);
        Assert.True(Version(next) > firstVersion, $"{Version(next)} after {firstVersion}");
        Assert.Equal(next["id"], Version(next).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The event comes after the swap: the page is already served when the browser reloads.
        var page = await client.GetAsync(new Uri("/en-direct", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Écrite pendant l'aperçu.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        _output.WriteLine($"file written to event received: {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task In_production_there_is_no_script_no_error_list_and_no_event_stream()
    {
        var client = Site("Production").CreateRawClient();

        var (response, page) = await Html.GetAsync(client, "/windows");
        var events = await client.GetAsync(new Uri("/_apercu/evenements", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(0, Host.Current.ErrorCount);
        Assert.DoesNotContain(page.Scripts, s => s.Source?.Contains("apercu", StringComparison.Ordinal) == true);
        Assert.Null(page.QuerySelector("[data-apercu-version]"));
        Assert.Null(page.QuerySelector("#apercu-erreurs"));
        Assert.DoesNotContain("apercu", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
        Assert.Equal("text/html", events.Content.Headers.ContentType?.MediaType);
    }

    private ContentSnapshotHost Host => _factory!.Services.GetRequiredService<ContentSnapshotHost>();

    private SiteFactory Site(string environment)
    {
        _factory = new SiteFactory(_content.Root, environment);
        return _factory;
    }

    private static long Version(Dictionary<string, string> message) =>
        JsonDocument.Parse(message["data"]).RootElement.GetProperty("version").GetInt64();

    public void Dispose()
    {
        _factory?.Dispose();
        _content.Dispose();
    }
}
