using FabMob.Web.Commands;
using FabMob.Web.Editing;
using FabMob.Web.Hosting;
using FabMob.Web.Logging;

// Commands (`FabMob.Web check …`, `FabMob.Web export DIR`) run instead of the server; their exit status is the process's.
if (args is ["check", .. var checkArgs])
{
    return await CheckCommand.RunAsync(checkArgs);
}

if (args is ["export", .. var exportArgs])
{
    return await ExportCommand.RunAsync(exportArgs);
}

if (args is ["hash-password", .. var hashArgs])
{
    return await HashPasswordCommand.RunAsync(hashArgs);
}

var builder = SiteHost.CreateBuilder(args);
builder.AddSerilogLogging();
builder.Services.AddFabMobSite();
builder.AddDevelopmentViewCompilation();

var app = builder.Build();
app.UseFabMobSite();
app.Run();
return 0;

/// <summary>The web application's entry point (public for functional tests).</summary>
public partial class Program;
