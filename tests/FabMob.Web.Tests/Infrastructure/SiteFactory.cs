using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a given content tree, in Production unless told otherwise, with its logs
/// collected. <c>null</c> content path means the repository's own <c>content/</c>.
/// </summary>
public sealed class SiteFactory(string? contentPath, string environment = "Production",
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public LogCollector Logs { get; } = new();

    /// <summary>A client that does not follow redirects, so tests see the 301s.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Starts the application on real Kestrel, on a free loopback port, and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
            if (contentPath is not null)
            {
                values.TryAdd("Site:ContentPath", contentPath);
            }

            configuration.AddInMemoryCollection(values);
        });
        builder.ConfigureServices(collection => collection.AddSingleton<ILogEventSink>(Logs));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
