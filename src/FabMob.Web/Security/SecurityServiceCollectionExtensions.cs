using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FabMob.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Kestrel sends no <c>Server</c> header.</summary>
    public static IServiceCollection AddSiteSecurity(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }
}
