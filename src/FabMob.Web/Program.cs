using FabMob.Web.Configuration;
using FabMob.Web.Hosting;
using FabMob.Web.Logging;

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

/// <summary>The web application's entry point (public for functional tests).</summary>
public partial class Program;
