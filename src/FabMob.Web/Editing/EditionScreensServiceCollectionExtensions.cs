using FabMob.Content;
using FabMob.Content.Editing;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

public static class EditionScreensServiceCollectionExtensions
{
    /// <summary>The edit, create, preview and upload screens' services (see docs/edition-ecrans.md).</summary>
    public static IServiceCollection AddEditionScreens(this IServiceCollection services)
    {
        services.AddSingleton<EditionFilePaths>();
        services.AddSingleton<ArticlePreviewer>();
        services.AddSingleton(new PictureUploadOptions());
        services.AddSingleton(sp => new NewArticlePlanner(sp.GetRequiredService<ContentOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PictureUploadPlanner(sp.GetRequiredService<ContentOptions>(), sp.GetRequiredService<PictureUploadOptions>()));
        services.AddSingleton(sp => new EditedFileValidator(sp.GetRequiredService<ContentOptions>(),
            Uri.TryCreate(sp.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrl, UriKind.Absolute, out var site) ? site : null,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
