using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Wiki;

public sealed class WikiConfigurationTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    [Theory]
    [InlineData("Site:Wiki:ApiUrl", "ftp://wiki.example.org/api.php", "Site:Wiki:ApiUrl")]
    [InlineData("Site:Wiki:ApiUrl", "wiki.example.org/api.php", "Site:Wiki:ApiUrl")]
    [InlineData("Site:Wiki:RequestTimeout", "00:00:00", "Site:Wiki:RequestTimeout")]
    [InlineData("Site:Wiki:RefreshInterval", "00:00:00.5", "Site:Wiki:RefreshInterval")]
    [InlineData("Site:Wiki:MaxResponseBytes", "12", "Site:Wiki:MaxResponseBytes")]
    [InlineData("Site:Wiki:CacheDirectory", "{content}/_cache-wiki", "Site:Wiki:CacheDirectory")]
    public void An_invalid_wiki_setting_stops_the_app_at_start_naming_the_key(string key, string value, string named)
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?>
        {
            ["Site:Wiki:ApiUrl"] = "http://127.0.0.1:9/api.php",
            [key] = value.Replace("{content}", _content.Root, StringComparison.Ordinal),
        });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(failure.Failures, message => message.Contains(named, StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();
}
