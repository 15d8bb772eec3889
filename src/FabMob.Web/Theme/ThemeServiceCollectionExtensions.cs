using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Theme;

internal static class ThemeServiceCollectionExtensions
{
    /// <summary><c>Site:Theme</c> checked at start, and its stylesheet written once.</summary>
    public static IServiceCollection AddSiteTheme(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SiteOptions>, ThemeOptionsValidator>();
        services.AddSingleton<ThemeStylesheet>();
        return services;
    }
}
