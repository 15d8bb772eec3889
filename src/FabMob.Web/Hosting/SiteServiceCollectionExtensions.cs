using FabMob.Content;
using FabMob.Web.Caching;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Health;
using FabMob.Web.Preview;
using FabMob.Web.Publication;
using FabMob.Web.Publishing;
using FabMob.Web.Routing;
using FabMob.Web.Search;
using FabMob.Web.Security;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Hosting;

internal static class SiteServiceCollectionExtensions
{
    /// <summary>The layouts (Razor views) a page may name with <c>gabarit</c>.</summary>
    public static readonly IReadOnlySet<string> Layouts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "page", "accueil" };

    public static IServiceCollection AddFabMobSite(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<SiteOptions>, SiteOptionsSetup>();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var site = sp.GetRequiredService<IOptions<SiteOptions>>().Value;
            return new ContentOptions { KnownLayouts = Layouts, EmbedHosts = site.EmbedHosts, HardLineBreaks = site.HardLineBreaks };
        });
        services.AddSingleton(sp => new ContentSnapshotBuilder(sp.GetRequiredService<ContentOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ContentSnapshotHost>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentSnapshotHost>());
        services.AddSingleton<SiteAddresses>();
        services.AddSingleton<PublicationPolicy>();
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<SiteViewModels>();
        services.AddSingleton<FeedWriter>();
        services.AddSingleton<ResponseCacheStore>();

        services.AddLivePreview();
        services.AddPublishing();
        services.AddSiteSearch();
        services.AddSiteSecurity();
        services.AddSiteHealth();

        services.AddControllersWithViews();
        return services;
    }
}
