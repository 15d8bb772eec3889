using FabMob.Content;
using FabMob.Web.Wiki;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FabMob.Web.DataPages;

internal static class DataPagesServiceCollectionExtensions
{
    /// <summary>Data pages and the home page's sections; a readable wiki catalogue unless a wiki client is registered.</summary>
    public static IServiceCollection AddDataPages(this IServiceCollection services)
    {
        // The site's renderer, configured as the snapshot builder's (same limits).
        services.TryAddSingleton(sp => new MarkdownRenderer(sp.GetRequiredService<ContentOptions>().Limits));
        services.AddSingleton<DataMarkdown>();
        services.AddSingleton<DataPageCatalog>();
        services.AddSingleton<DataPageModels>();
        services.AddSingleton<Home.HomeSections>();
        return services;
    }
}
