using System.Text.Encodings.Web;
using System.Text.Unicode;
using FabMob.Content;
using FabMob.Web.Caching;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.DataPages;
using FabMob.Web.Editing;
using FabMob.Web.Health;
using FabMob.Web.Lists;
using FabMob.Web.Preview;
using FabMob.Web.Publication;
using FabMob.Web.Publishing;
using FabMob.Web.Routing;
using FabMob.Web.Search;
using FabMob.Web.Security;
using FabMob.Web.Theme;
using FabMob.Web.Wiki;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddSingleton<FirstResponseSignal>();
        services.AddSingleton<AfterStartCompaction>();
        services.AddSingleton<FirstRequestWarmUp>();
        // Pages carry the words of their bodies for the search index only when there is one (not in the export).
        services.AddSingleton(sp => ContentOptionsFactory.Create(sp.GetRequiredService<IOptions<SiteOptions>>().Value, Layouts) with
        {
            CollectBodyText = sp.GetRequiredService<IConfiguration>().GetValue($"{SearchOptions.Section}:{nameof(SearchOptions.Enabled)}", true),
        });
        services.AddSingleton(sp => new ContentSnapshotBuilder(sp.GetRequiredService<ContentOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PageCacheStore>();
        services.AddSingleton<ContentSnapshotHost>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentSnapshotHost>());
        services.AddSingleton<SiteAddresses>();
        services.AddSingleton<PublicationPolicy>();
        services.AddSingleton<SiteUrls>();
        services.AddSingleton<SiteViewModels>();
        services.AddSingleton<FeedWriter>();
        services.AddSingleton<ResponseCacheStore>();
        services.AddSingleton<BestCompressionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<BestCompressionWorker>());
        services.AddOutputCacheComparison();
        services.AddListsAndRedirects();
        // The wiki's catalogue first: the data pages fall back to a readable one only when none is registered.
        services.AddSiteWiki();
        services.AddDataPages();

        services.AddLivePreview();
        services.AddPublishing();
        services.AddSiteSearch();
        services.AddSiteSecurity();
        services.AddSiteHealth();
        services.AddSiteTheme();
        services.AddEdition();

        services.AddControllersWithViews();
        // Views write French as it is (« Mobilités », not « Mobilit&#xE9;s »); <, >, &, " and ' are still escaped.
        // Only the HTML encoder: WebEncoderOptions would also let the URL encoder leave non-ASCII letters in
        // generated addresses, and a Location header must stay ASCII.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        // A public page never builds Data Protection: nothing is kept in TempData (DiscardingTempDataProvider), and the
        // antiforgery service every view's HTML helper holds is made at the editor's first form (DeferredAntiforgery).
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, DiscardingTempDataProvider>());
        DeferredAntiforgery.Replace(services);
        // Last: MVC and authentication add Data Protection (and its start-up hosted service) too.
        services.RemoveKeyRingStartup();
        return services;
    }
}
