using System.Net;
using FabMob.Web.Security;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Security;

/// <summary><c>Site:EmbedHosts</c> widens, in one list, what the sanitiser keeps and what the browser may load (CSP <c>frame-src</c>).</summary>
public sealed class EmbedHostsSiteTests : IDisposable
{
    private const string Slides =
        "---\ntitre: Diapositives\n---\nAvant les diapositives.\n\n" +
        "<iframe src=\"https://www.slideshare.net/slideshow/embed_code/key/abc\" width=\"595\" height=\"485\" allowfullscreen />\n\n" +
        "Le texte qui suit les diapositives.\n";

    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_configured_embed_host_is_kept_in_pages_and_allowed_by_the_content_security_policy()
    {
        _content.Write("index.md", "---\ntitre: Accueil\n---\nBonjour.\n");
        _content.Write("diapos.md", Slides);
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?>
        {
            ["Site:EmbedHosts:0"] = "www.slideshare.net",
            ["Site:EmbedHosts:1"] = "Miro.com",
        });

        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/diapos");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com https://www.dailymotion.com " +
                        "https://www.openstreetmap.org https://umap.openstreetmap.fr https://www.slideshare.net https://miro.com;", policy, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main iframe[src='https://www.slideshare.net/slideshow/embed_code/key/abc']"));
        Assert.Contains("Le texte qui suit les diapositives.", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configuration_the_same_iframe_is_refused_and_the_policy_is_the_default_one()
    {
        _content.Write("index.md", "---\ntitre: Accueil\n---\nBonjour.\n");
        _content.Write("diapos.md", Slides);
        using var factory = new SiteFactory(_content.Root);

        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/diapos");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
        Assert.Empty(document.QuerySelectorAll("iframe"));
        Assert.Contains("Le texte qui suit les diapositives.", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.slideshare.net")]
    [InlineData("*.google.com")]
    [InlineData("x; script-src *")]
    public void An_embed_host_that_is_not_a_host_name_stops_the_site_with_a_french_message_naming_the_key(string host)
    {
        _content.Write("index.md", "---\ntitre: Accueil\n---\nBonjour.\n");
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { ["Site:EmbedHosts:0"] = host });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Site:EmbedHosts:0", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("n'est pas un nom d'hôte", error.ToString(), StringComparison.Ordinal);
    }
}
