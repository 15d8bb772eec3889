namespace FabMob.Web.Search;

internal static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Search: its options (section <c>Search</c>, checked at start), the index kept in step with
    /// the content (a hosted service, to register after the content host so that the first index
    /// is built from the first snapshot before the site answers), and the rate-limit policy
    /// <c>recherche</c> (the pipeline needs <c>UseRateLimiter()</c> after <c>UseRouting()</c>).
    /// </summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.PageSize is >= 1 and <= 100, "Search:PageSize doit être compris entre 1 et 100.")
            .Validate(o => o.MaxQueryLength is >= 1 and <= 2000, "Search:MaxQueryLength doit être compris entre 1 et 2000.")
            .Validate(o => o.PermitLimit >= 0, "Search:PermitLimit doit être positif (0 : pas de limite).")
            .Validate(o => o.WindowSeconds is >= 1 and <= 3600, "Search:WindowSeconds doit être compris entre 1 et 3600.")
            .Validate(o => SearchIndexFiles.CanWrite(o.IndexDirectory),
                "Search:IndexDirectory : dossier impossible à créer ou à écrire (vide : un dossier temporaire du processus).")
            .ValidateOnStart();
        services.AddSingleton<SearchIndexHost>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchIndexHost>());
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SearchRateLimiterPolicy>(SearchRateLimiterPolicy.Name));
        return services;
    }
}
