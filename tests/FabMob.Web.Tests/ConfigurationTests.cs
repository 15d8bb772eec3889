using System.Net;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();

    [Theory]
    [InlineData("Site:BaseUrl", "", "Site:BaseUrl")]
    [InlineData("Site:MembershipUrl", "pas une adresse", "Site:MembershipUrl")]
    [InlineData("Site:NewsletterUrl", "ftp://exemple.org", "Site:NewsletterUrl")]
    [InlineData("Site:Name", " ", "Site:Name")]
    [InlineData("Site:ContentPath", "/dossier/qui/n/existe/pas", "Site:ContentPath")]
    [InlineData("Search:IndexDirectory", "/proc/version/index", "Search:IndexDirectory")]
    public void A_missing_or_invalid_setting_stops_the_app_at_start_naming_the_key(string key, string value, string named)
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(failure.Failures, message => message.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Membership_and_newsletter_addresses_and_the_menu_come_from_configuration()
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?>
        {
            ["Site:MembershipUrl"] = "https://adhesion.example.org/formulaire",
            ["Site:NewsletterUrl"] = "https://lettre.example.org/inscription",
            ["Site:Menu:0:Label"] = "Partenaires",
            ["Site:Menu:0:Url"] = "/nos-partenaires-d-été",
        });
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/windows");

        Assert.Equal("https://adhesion.example.org/formulaire", page.QuerySelector("header a.bouton--adherer")?.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "https://lettre.example.org/inscription");
        Assert.Equal("Partenaires", page.QuerySelector("header nav a")?.TextContent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_built_app_serves_any_content_tree_given_on_the_command_line_or_in_the_environment(bool commandLine)
    {
        using var site = commandLine
            ? SiteProcess.Serve([$"--Site:ContentPath={_content.Root}"])
            : SiteProcess.Serve([], new Dictionary<string, string> { ["Site__ContentPath"] = _content.Root });

        using var response = await site.WaitForAsync("/nos-partenaires-d-%C3%A9t%C3%A9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Nos partenaires d'été", page.QuerySelector("main h1")?.TextContent);
    }

    public void Dispose() => _content.Dispose();
}
