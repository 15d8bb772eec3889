using FabMob.Web.Configuration;

namespace FabMob.Web.Hosting;

/// <summary>The one way the server and the commands (<c>check</c>, <c>export</c>) build their host, so they read the same configuration.</summary>
internal static class SiteHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args, string? environment = null)
    {
        // The start (host, first build, first requests) gets the threads a build gets, for the settling time; then the
        // builds raise the minimum again.
        ContentBuildThreads.Raise().Dispose();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = environment,
            // Controllers and views are found in this assembly, whichever process hosts it (tests, tools).
            ApplicationName = typeof(SiteHost).Assembly.GetName().Name,
            // appsettings.json sits next to the app, whatever directory it is started from.
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = RepositoryLayout.WebRoot(),
        });
        SiteFileConfigurationSource.AddTo(builder);
        return builder;
    }
}
