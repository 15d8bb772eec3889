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
    /// The request pipeline: health, the wait for the first snapshot, logging, answers from the response cache, security headers, errors in French,
    /// the site's assets, then content. The response cache comes as early as it can (docs/performance.md): a page
    /// it holds is sent right after the request line is started, with the security headers it writes itself;
    /// everything else (other methods, misses, uncached addresses) goes on through the rest.
    /// </summary>
    public static WebApplication UseFabMobSite(this WebApplication app)
    {
        // The content loads on the other threads while this describes the pipeline (and the host starts).
        StartupOrder.BeginContent(app);
        // Kestrel listens before the content is loaded: /healthz says 503 meanwhile, any other request waits for the first
        // snapshot at the gate. A probe is no visitor: the first-response signal counts only what passes the gate.
        app.UseSiteHealth();
        app.UseFirstSnapshotGate();
        app.UseFirstResponseSignal();
        app.UseSiteRequestLogging();
        var outputCacheComparison = OutputCacheComparison.IsOn(app.Configuration) && !app.Environment.IsDevelopment();
        if (!outputCacheComparison && app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.ResponseCache)
        {
            app.UseMiddleware<ResponseCacheMiddleware>();
        }

        // What the cache does not answer is traced from here (a page it answers writes no line unless every request is logged).
        app.UseRequestTrace();

        // Past the request log, the first-response signal and the response cache: the warm-up request is none of theirs.
        if (!app.Environment.IsDevelopment() && app.Configuration.GetValue(FirstRequestWarmUp.EnabledKey, true))
        {
            app.Use(app.Services.GetRequiredService<FirstRequestWarmUp>().Capture);
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
        // Authentication and authorization run under /_edition only (UseEdition): no public page needs a user, and the
        // first public request then builds neither the cookie handler nor Data Protection (docs/performance.md).
        SkipGlobalAuthentication(app);
        app.MapControllers();
        app.MapPublishing();
        app.MapSiteTheme();
        StartupOrder.ReadKeyRingAfterStart(app);
        return app;
    }

    /// <summary>
    /// Keeps WebApplication from putting authentication and authorization in front of the whole pipeline, as it does when
    /// their services are registered (the editor's are) and the application itself never called them: it looks for these
    /// two marks, the ones <c>UseAuthentication</c> and <c>UseAuthorization</c> leave (calling them on the editor's branch
    /// marks only the branch's copy). A test checks that a public page is answered without authentication running.
    /// </summary>
    private static void SkipGlobalAuthentication(WebApplication app)
    {
        IApplicationBuilder builder = app;
        builder.Properties["__AuthenticationMiddlewareSet"] = true;
        builder.Properties["__AuthorizationMiddlewareSet"] = true;
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
