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
    /// <summary>The request pipeline: logging, errors in French, the site's assets, then content.</summary>
    public static WebApplication UseFabMobSite(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseSiteHealth();
        app.UseSiteRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorPaths.ServerError);
        }

        app.UseStatusCodePagesWithReExecute(ErrorPaths.StatusPattern);
        if (OutputCacheComparison.IsOn(app.Configuration) && !app.Environment.IsDevelopment())
        {
            app.UseOutputCacheComparison();
        }
        else if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.ResponseCache)
        {
            app.UseMiddleware<ResponseCacheMiddleware>();
        }

        // Static files first: the content controller's catch-all route would otherwise claim their paths.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseEdition();
        app.UseReadOnlyMethods();
        app.UseRateLimiter();
        app.UseLivePreview();
        app.MapControllers();
        app.MapPublishing();
        app.MapSiteTheme();
        return app;
    }
}

/// <summary>Internal addresses of the error pages; <c>_</c> keeps them apart from content URLs.</summary>
internal static class ErrorPaths
{
    public const string ServerError = "/_erreur/500";
    public const string StatusPattern = "/_erreur/{0}";
}
