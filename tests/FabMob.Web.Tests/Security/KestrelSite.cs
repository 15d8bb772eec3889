using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Security;

/// <summary>
/// The application on real Kestrel (a loopback port, in Production) over a given content tree, so
/// that Kestrel's own request parsing is part of what is tested (TestServer skips it).
/// </summary>
public sealed class KestrelSite : IDisposable
{
    public KestrelSite(string contentPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Factory = new SiteFactory(contentPath, settings: settings);
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public SiteFactory Factory { get; }
    public Uri BaseAddress { get; }

    public HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public void Dispose() => Factory.Dispose();
}
