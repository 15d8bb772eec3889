#if DEBUG
using FabMob.Web.Configuration;
using Microsoft.Extensions.FileProviders;
#endif

namespace FabMob.Web.Hosting;

internal static class DevelopmentViewCompilation
{
    /// <summary>
    /// In Development, in a development checkout: a view (<c>.cshtml</c>) edited while the site runs is compiled
    /// again from its source file (<c>src/FabMob.Web/Views</c>) and served at the next request, no rebuild.
    /// Elsewhere (Production, a published app without sources, a Release build) nothing is added: only the views
    /// compiled with the app are served. Called by the server only; the <c>check</c> and <c>export</c> commands
    /// never compile views.
    /// </summary>
    public static WebApplicationBuilder AddDevelopmentViewCompilation(this WebApplicationBuilder builder)
    {
#if DEBUG
        var project = RepositoryLayout.WebProjectPath();
        if (!builder.Environment.IsDevelopment() || project is null)
        {
            return builder;
        }

        // ASPDEPR003: Razor runtime compilation is obsolete in .NET 10 in favour of Hot Reload (`dotnet watch`).
        // The association asked for this package; it needs no watching tool and stays confined to Development.
#pragma warning disable ASPDEPR003
        builder.Services.AddControllersWithViews().AddRazorRuntimeCompilation(options =>
        {
            // The views' source folder, not the content root (the build output, which holds no .cshtml).
            options.FileProviders.Clear();
            options.FileProviders.Add(new PhysicalFileProvider(project));
        });
#pragma warning restore ASPDEPR003
#endif
        return builder;
    }
}
