namespace FabMob.Web.Preview;

public static class LivePreviewServiceCollectionExtensions
{
    /// <summary>The live preview's services; whether it is on is decided by the environment (Development only).</summary>
    public static IServiceCollection AddLivePreview(this IServiceCollection services)
    {
        services.AddSingleton<LivePreview>();
        services.AddSingleton<LivePreviewEvents>();
        return services;
    }
}
