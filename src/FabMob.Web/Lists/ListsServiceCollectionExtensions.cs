using FabMob.Content.Redirects;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Lists;

internal static class ListsServiceCollectionExtensions
{
    /// <summary>The blog's main list and archives, and the redirect rules of <c>Site:Redirects</c> (validated at start, compiled once).</summary>
    public static IServiceCollection AddListsAndRedirects(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SiteOptions>, RedirectRulesValidator>();
        services.AddSingleton(sp => RedirectRulesValidator.Compile(sp.GetRequiredService<IOptions<SiteOptions>>().Value.Redirects));
        services.AddSingleton<BlogListing>();
        return services;
    }
}
