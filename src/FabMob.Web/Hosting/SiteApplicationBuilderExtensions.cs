using FabMob.Web.Caching;
using FabMob.Web.Configuration;
using FabMob.Web.Editing;
using FabMob.Web.Health;
using FabMob.Web.Logging;
using FabMob.Web.Preview;
using FabMob.Web.Publishing;
using FabMob.Web.Security;
using FabMob.Web.Theme;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Hosting;

internal static class SiteApplicationBuilderExtensions
{
    /// <summary>
    /// The request pipeline: health, logging, answers from the response cache, security headers, errors in French,
    /// the site's assets, then content. The response cache comes as early as it can (docs/performance.md): a page
    /// it holds is sent right after the request line is started, with the security headers it writes itself;
    /// everything else (other methods, misses, uncached addresses) goes on through the rest.
    /// </summary>
    public static WebApplication UseFabMobSite(this WebApplication app)
    {
        // The content loads on the other threads while this describes the pipeline (and the host starts).
        StartupOrder.BeginContent(app);
        app.UseFirstResponseSignal();
        app.UseSiteHealth();
        app.UseSiteRequestLogging();
        var outputCacheComparison = OutputCacheComparison.IsOn(app.Configuration) && !app.Environment.IsDevelopment();
        if (!outputCacheComparison && app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.ResponseCache)
        {
            app.UseMiddleware<ResponseCacheMiddleware>();
        }

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorPaths.ServerError);
        }

        app.UseStatusCodePagesWithReExecute(ErrorPaths.StatusPattern);
        if (outputCacheComparison)
        {
            app.UseOutputCacheComparison();
        }

        // Static files first: the content controller's catch-all route would otherwise claim their paths.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseEdition();
        app.UseReadOnlyMethods();
        app.UseRateLimiter();
        app.UseLivePreview();
        // Here rather than where WebApplication would put them, in front of everything (the framework registers
        // their services): a page from the response cache then pays neither a request scope nor a policy lookup.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapPublishing();
        app.MapSiteTheme();
        StartupOrder.ReadKeyRingAfterStart(app);
        return app;
    }

    /// <summary>Tells <see cref="FirstResponseSignal"/> when the first response has been written; after that, a request costs one flag read.</summary>
    private static void UseFirstResponseSignal(this WebApplication app)
    {
        var signal = app.Services.GetRequiredService<FirstResponseSignal>();
        app.Use((context, next) => signal.IsReached ? next(context) : SignalAfter(next(context), signal));

        static async Task SignalAfter(Task request, FirstResponseSignal signal)
        {
            try
            {
                await request.ConfigureAwait(false);
            }
            finally
            {
                signal.ResponseWritten();
            }
        }
    }
}

/// <summary>Internal addresses of the error pages; <c>_</c> keeps them apart from content URLs.</summary>
internal static class ErrorPaths
{
    public const string ServerError = "/_erreur/500";
    public const string StatusPattern = "/_erreur/{0}";
}
