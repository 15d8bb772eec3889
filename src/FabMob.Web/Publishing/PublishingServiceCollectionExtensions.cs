using Microsoft.Extensions.Options;

namespace FabMob.Web.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>The <c>Publish</c> section (validated at start) and the services behind <c>POST /_publish</c>.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddOptions<PublishOptions>().BindConfiguration(PublishOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublishOptions>, PublishOptionsValidator>();
        services.AddSingleton<ContentPuller>();
        services.AddSingleton<PublishEndpoint>();
        return services;
    }
}
