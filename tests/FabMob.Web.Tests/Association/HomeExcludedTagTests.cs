using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Association;

/// <summary>The home page's latest articles follow the blog's main list: a tag the blog leaves out stays out.</summary>
public sealed class HomeExcludedTagTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_latest_articles_of_the_home_leave_out_the_tag_the_blog_leaves_out()
    {
        _content.Write("site.yaml", """
            Mounts:
              - { Source: blog, Target: /blog, Kind: collection, ExcludeTags: [imaginaires] }
              - { Source: accueil.md, Target: /, Kind: pages }
            """);
        _content.Write("accueil.md", "---\ntitre: Accueil\ngabarit: accueil\nsections:\n  - type: articles\n    nombre: 1\n---\nBienvenue.\n");
        _content.Write("blog/2026/recit.md", "---\ntitre: Un récit imaginaire\ndate: 2026-03-02\ntags: [imaginaires]\n---\nIl était une fois.\n");
        _content.Write("blog/2026/bilan.md", "---\ntitre: Le bilan de l'hiver\ndate: 2026-03-01\n---\nLes chiffres.\n");
        using var factory = new SiteFactory(_content.Root);

        var (_, home) = await Html.GetAsync(factory.CreateClient(), "/");

        var titles = home.QuerySelectorAll("main article.carte h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Le bilan de l'hiver"], titles);
    }
}
