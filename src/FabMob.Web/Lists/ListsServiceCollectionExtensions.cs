using FabMob.Content.Redirects;
using FabMob.Web.Configuration;
using FabMob.Web.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Lists;

internal static class ListsServiceCollectionExtensions
{
    /// <summary>
    /// The blog's main list and archives, the generated addresses and their routes, and the redirect rules of
    /// <c>Site:Redirects</c> (validated at start, compiled once).
    /// </summary>
    public static IServiceCollection AddListsAndRedirects(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SiteOptions>, RedirectRulesValidator>();
        services.AddSingleton(sp => RedirectRulesValidator.Compile(sp.GetRequiredService<IOptions<SiteOptions>>().Value.Redirects));
        services.AddSingleton<BlogListing>();
        services.AddSingleton<GeneratedAddresses>();
        services.AddOptions<MvcOptions>().Configure<GeneratedAddresses>((mvc, addresses) => mvc.Conventions.Add(new GeneratedRoutesConvention(addresses)));
        return services;
    }
}
