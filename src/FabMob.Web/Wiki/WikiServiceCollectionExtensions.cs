using FabMob.Web.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

internal static class WikiServiceCollectionExtensions
{
    /// <summary>
    /// The wiki catalogue views ask (<see cref="IWikiCatalog"/>), the ids it is kept for
    /// (<see cref="IWikiPageIds"/>, from the content's communs and publications), and the background
    /// service that fills it from <c>Site:Wiki:ApiUrl</c> (idle when it is empty).
    /// </summary>
    public static IServiceCollection AddSiteWiki(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SiteOptions>, WikiOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WikiCatalog>();
        services.AddSingleton<IWikiCatalog>(sp => sp.GetRequiredService<WikiCatalog>());
        services.AddSingleton<IWikiPageIds, ContentWikiPageIds>();
        services.AddSingleton<WikiApiClient>();
        services.AddSingleton<WikiCacheFile>();
        services.AddHttpClient(WikiApiClient.HttpClientName, (sp, http) =>
            {
                // The client's own deadline covers the answer's body too; this one only backs it up.
                http.Timeout = sp.GetRequiredService<IOptions<SiteOptions>>().Value.Wiki.RequestTimeout + TimeSpan.FromSeconds(5);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 3,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            .RemoveAllLoggers(); // our own French lines say what happened
        services.AddHostedService<WikiRefreshService>();
        return services;
    }
}
