using FabMob.Web.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing.Git;

public static class ContentGitStoreServiceCollectionExtensions
{
    /// <summary>
    /// The browser editor's git store (<see cref="ContentGitStore"/>) and its <c>Edition</c> options, validated at
    /// start with French messages. Shares the <see cref="ContentRepositoryLock"/> with the webhook's pull.
    /// </summary>
    public static IServiceCollection AddContentGitStore(this IServiceCollection services)
    {
        services.AddOptions<ContentGitOptions>().BindConfiguration(ContentGitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentGitOptions>, ContentGitOptionsValidator>();
        services.TryAddSingleton<ContentRepositoryLock>();
        services.AddSingleton<ContentGitRunner>();
        services.AddSingleton<ContentPusher>();
        services.AddSingleton<ContentGitStore>();
        return services;
    }
}
