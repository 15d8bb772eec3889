using FabMob.Web.Configuration;
using FabMob.Web.Wiki;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Wiki;

public sealed class WikiCatalogTests
{
    private static WikiCatalog Catalog(string apiUrl = "https://wiki.lafabriquedesmobilites.fr/api.php") =>
        new(Options.Create(new SiteOptions { Wiki = new WikiOptions { ApiUrl = apiUrl } }));

    [Fact]
    public void An_id_the_wiki_never_answered_for_reads_as_its_title_and_links_to_its_wiki_page()
    {
        var summary = Catalog().Find("Registre_de_Preuve_de_Covoiturage_(RPC)");

        Assert.Equal("Registre de Preuve de Covoiturage (RPC)", summary.Title);
        Assert.Equal("https://wiki.lafabriquedesmobilites.fr/wiki/Registre_de_Preuve_de_Covoiturage_(RPC)", summary.Url);
        Assert.Null(summary.ImageUrl);
        Assert.Null(summary.Summary);
    }

    [Fact]
    public void A_percent_encoded_id_reads_decoded()
    {
        var summary = Catalog().Find("Mon_Compte_Mobilit%C3%A9");

        Assert.Equal("Mon Compte Mobilité", summary.Title);
        Assert.Equal("https://wiki.lafabriquedesmobilites.fr/wiki/Mon_Compte_Mobilit%C3%A9", summary.Url);
    }

    [Fact]
    public void An_answer_is_found_under_every_spelling_of_its_id_and_keeps_the_asked_id()
    {
        var catalog = Catalog();
        catalog.Merge([new WikiSummary("Mon_Compte_Mobilité", "Mon Compte Mobilité", "u", "i", "s")]);

        var other = catalog.Find("mon_Compte  Mobilité");

        Assert.Equal("s", other.Summary);
        Assert.Equal("mon_Compte  Mobilité", other.Id);
    }

    [Fact]
    public void Without_a_configured_wiki_the_fallback_has_an_empty_address()
    {
        var summary = Catalog(apiUrl: "").Find("Mon_Compte_Mobilité");

        Assert.Equal("Mon Compte Mobilité", summary.Title);
        Assert.Equal("", summary.Url);
    }

    [Fact]
    public void The_wiki_root_is_the_folder_of_api_php()
    {
        Assert.Equal("https://wiki.example.org/w", new WikiOptions { ApiUrl = "https://wiki.example.org/w/api.php" }.Root);
        Assert.Equal("https://wiki.example.org", new WikiOptions { ApiUrl = "https://wiki.example.org/api.php" }.Root);
    }

    [Fact]
    public void The_version_moves_when_an_answer_changes_and_only_then()
    {
        var catalog = Catalog();
        var answer = new WikiSummary("Mon_Compte_Mobilité", "Mon Compte Mobilité", "u", null, "s");
        catalog.Merge([answer]);
        var first = catalog.Version;

        catalog.Merge([answer with { }]);
        var same = catalog.Version;
        catalog.Merge([answer with { Summary = "autre" }]);

        Assert.Equal(1, first);
        Assert.Equal(first, same);
        Assert.Equal(2, catalog.Version);
    }
}
