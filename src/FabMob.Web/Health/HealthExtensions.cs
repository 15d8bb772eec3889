using FabMob.Web.Content;
using FabMob.Web.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FabMob.Web.Health;

public static class HealthExtensions
{
    public const string Path = "/healthz";

    /// <summary>What <c>/healthz</c> says (503) while the first snapshot is being built: Kestrel listens meanwhile.</summary>
    public const string Loading = "Le contenu se charge.";

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
    /// pipeline, so its branch adds the security headers itself. While the first build runs (Kestrel listens meanwhile)
    /// the answer is a 503 « Le contenu se charge. » written here: the health check service would log each such probe
    /// at Error level, though nothing failed.
    /// </summary>
    public static IApplicationBuilder UseSiteHealth(this IApplicationBuilder app)
    {
        var content = app.ApplicationServices.GetRequiredService<ContentSnapshotHost>();
        return app.MapWhen(
            context => context.Request.Path.Equals(Path, StringComparison.Ordinal) &&
                       (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)),
            branch => branch.UseSecurityHeaders()
                .Use((context, next) => content.IsLoaded || content.Loaded.IsCompleted ? next(context) : LoadingAsync(context))
                .UseHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }));
    }

    private static Task LoadingAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        var entry = new HealthReportEntry(HealthStatus.Unhealthy, Loading, TimeSpan.Zero, null, null);
        return HealthResponse.WriteAsync(context, new HealthReport(new Dictionary<string, HealthReportEntry> { ["contenu"] = entry }, TimeSpan.Zero));
    }
}
