using FabMob.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FabMob.Web.Health;

public static class HealthExtensions
{
    public const string Path = "/healthz";

    /// <summary>The health checks behind <c>/healthz</c>: the content snapshot.</summary>
    public static IServiceCollection AddSiteHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("contenu");
        return services;
    }

    /// <summary>
    /// <c>GET</c>/<c>HEAD /healthz</c>: 200 with the snapshot's version, load time, page count and
    /// files in error, 503 while no snapshot exists. Placed before request logging, so that a load
    /// balancer polling every few seconds does not fill the log; other methods go on to the 405. First in the
    /// pipeline, so its branch adds the security headers itself.
    /// </summary>
    public static IApplicationBuilder UseSiteHealth(this IApplicationBuilder app) =>
        app.MapWhen(
            context => context.Request.Path.Equals(Path, StringComparison.Ordinal) &&
                       (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)),
            branch => branch.UseSecurityHeaders().UseHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }));
}
