using System.Net;
using System.Text.Json;
using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Health;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Health;

public sealed class HealthTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Healthz_answers_200_with_the_snapshot_version_load_time_pages_and_files_in_error()
    {
        using var factory = new SiteFactory(_content.Root);
        var snapshot = factory.Services.GetRequiredService<ContentSnapshotHost>().Current;

        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", root.GetProperty("statut").GetString());
        Assert.Equal(snapshot.Version, root.GetProperty("version").GetInt64());
        Assert.Equal(snapshot.Pages.Count, root.GetProperty("pages").GetInt32());
        Assert.True(root.GetProperty("dureeChargementMs").GetDouble() >= 0);
        Assert.Equal(snapshot.BuiltAt, root.GetProperty("chargeLe").GetDateTimeOffset());
        // The fixture holds broken files on purpose (cassé.md, sans-fin.md…): the site is healthy, and says how many.
        var inError = snapshot.Findings.Where(f => f.Severity == ContentSeverity.Error).Select(f => f.File).Distinct().Count();
        Assert.True(inError > 0);
        Assert.Equal(inError, root.GetProperty("fichiersEnErreur").GetInt32());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_follows_a_new_snapshot_and_is_not_in_the_request_log()
    {
        using var factory = new SiteFactory(_content.Root);
        var client = factory.CreateClient();
        var host = factory.Services.GetRequiredService<ContentSnapshotHost>();
        var before = host.Current.Version;

        _content.Write("nouvelle.md", "---\ntitre: Nouvelle\n---\nTexte.\n");
        var rebuilt = await host.RebuildAsync();
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));

        Assert.True(rebuilt.Version > before);
        Assert.True(json.RootElement.GetProperty("version").GetInt64() >= rebuilt.Version);
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Message.Contains("/healthz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_is_503_while_no_snapshot_could_ever_be_built()
    {
        // The real application without its hosted services, whose content host reads a folder that is not there: its
        // first build (begun when the pipeline is described, not by the host's start) fails, and no other comes.
        using var factory = new SiteFactory(_content.Root, services: services =>
        {
            services.RemoveAll<IHostedService>();
            services.AddSingleton(provider => new ContentSnapshotHost(provider.GetRequiredService<ContentSnapshotBuilder>(),
                Options.Create(new SiteOptions { ContentPath = Path.Combine(_content.Root, "absent") }), NullLogger<ContentSnapshotHost>.Instance));
        });

        var client = factory.CreateClient();
        // Failed, not still under way (meanwhile /healthz says the content is loading).
        await Assert.ThrowsAnyAsync<IOException>(() => factory.Services.GetRequiredService<ContentSnapshotHost>().Loaded);
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("statut").GetString());
        Assert.Contains("Aucune version du contenu", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_is_unhealthy_before_the_first_build_and_healthy_after()
    {
        var options = Options.Create(new SiteOptions { ContentPath = _content.Root });
        using var host = new ContentSnapshotHost(new ContentSnapshotBuilder(new ContentOptions()), options,
            NullLogger<ContentSnapshotHost>.Instance);
        var check = new ContentHealthCheck(host);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("contenu", check, HealthStatus.Unhealthy, null),
        };

        var before = await check.CheckHealthAsync(context);
        await host.RebuildAsync();
        var after = await check.CheckHealthAsync(context);

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.Equal(1L, after.Data["version"]);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task Healthz_takes_get_and_head_only(string method)
    {
        using var factory = new SiteFactory(_content.Root);

        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri("/healthz", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
