using FabMob.Content;

namespace FabMob.Web.Configuration;

/// <summary>
/// The content tree's own configuration file (<c>site.yaml</c>, the <c>Site</c> section) as the lowest
/// configuration source: <c>appsettings.json</c>, the environment and the command line override it.
/// </summary>
internal sealed class SiteFileConfigurationSource : IConfigurationSource
{
    private SiteFileConfigurationProvider? _provider;

    /// <summary>The file of the content tree in force (read on first use, and again when the content path changes).</summary>
    public SiteConfigurationFile File => _provider?.File ?? new SiteConfigurationFile(null, new Dictionary<string, string?>(), null);

    public IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        _provider = new SiteFileConfigurationProvider((IConfigurationRoot)builder);
        return _provider;
    }

    /// <summary>Adds the source below every other one and registers it for <c>check</c> and the options validator.</summary>
    public static void AddTo(WebApplicationBuilder builder)
    {
        var source = new SiteFileConfigurationSource();
        builder.Configuration.Sources.Insert(0, source);
        builder.Services.AddSingleton(source);
    }
}
