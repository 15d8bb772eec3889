using FabMob.Web.Commands;
using FabMob.Web.Configuration;
using FabMob.Web.Hosting;
using FabMob.Web.Logging;

// Commands (`FabMob.Web check …`) run instead of the server; their exit status is the process's.
if (args is ["check", .. var checkArgs])
{
    return await CheckCommand.RunAsync(checkArgs);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // appsettings.json sits next to the app, whatever directory it is started from.
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = RepositoryLayout.WebRoot(),
});
builder.AddSerilogLogging();
builder.Services.AddFabMobSite();

var app = builder.Build();
app.UseFabMobSite();
app.Run();
return 0;

/// <summary>The web application's entry point (public for functional tests).</summary>
public partial class Program;
