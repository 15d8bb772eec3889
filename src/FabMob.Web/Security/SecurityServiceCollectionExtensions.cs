using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FabMob.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Kestrel sends no <c>Server</c> header; the security headers' writer, shared by the middleware and the response cache.</summary>
    public static IServiceCollection AddSiteSecurity(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddSingleton<SecurityHeaderWriter>();
        return services;
    }
}
