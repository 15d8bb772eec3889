using System.Net;
using AngleSharp.Dom;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.DataPages;

/// <summary>A home page whose sections come from its front matter (<c>gabarit: accueil</c>, <c>sections:</c>).</summary>
public sealed class HomeSectionsTests(AssociationDataSite site) : IClassFixture<AssociationDataSite>
{
    private readonly HttpClient _client = site.Factory.CreateRawClient();

    private async Task<IDocument> HomeAsync()
    {
        var (response, page) = await Html.GetAsync(_client, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    [Fact]
    public async Task The_sections_come_in_the_order_the_front_matter_lists_them_after_the_body()
    {
        var page = await HomeAsync();

        Assert.Equal("Bienvenue à la Fabrique", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("Le corps de la page est la présentation.", page.QuerySelector(".accueil__presentation")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Agir avec nous", "Prochains événements", "Quelques communs", "Derniers articles", "Un mot"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Actions_are_buttons_with_their_text_and_a_button_without_address_is_left_out()
    {
        var page = await HomeAsync();
        var buttons = page.QuerySelectorAll(".appels a.bouton");

        Assert.Equal(["Adhérer", "Nos missions"], buttons.Select(b => b.TextContent));
        Assert.Equal("https://adhesion.example.org", buttons[0].GetAttribute("href"));
        Assert.Contains("bouton--secondaire", buttons[1].ClassList);
        Assert.Equal("participer", page.QuerySelector(".appels .prose em")?.TextContent);
    }

    [Fact]
    public async Task Upcoming_events_communs_and_latest_articles_take_their_number_and_link_to_their_page()
    {
        var page = await HomeAsync();

        Assert.Equal(["Atelier du matin"], page.QuerySelectorAll(".accueil__evenements .evenement__titre").Select(t => t.TextContent.Trim()));
        Assert.Equal("/activités/événements", Uri.UnescapeDataString(page.QuerySelector(".accueil__evenements p:last-child a")!.GetAttribute("href")!));
        Assert.Equal(["Mon Compte Mobilité"], page.QuerySelectorAll(".accueil__communs .commun__nom").Select(t => t.TextContent.Trim()));
        Assert.Equal("/activités/communs", Uri.UnescapeDataString(page.QuerySelector(".accueil__communs > p a")!.GetAttribute("href")!));
        Assert.Equal(["Article récent"], page.QuerySelectorAll(".derniers .carte__titre").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task A_text_section_is_markdown_rendered_and_sanitised_with_its_text_kept()
    {
        var page = await HomeAsync();
        var text = page.QuerySelector(".accueil__texte")!;

        Assert.Equal("texte", text.QuerySelector("strong")?.TextContent);
        Assert.Contains("sûr.", text.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task An_unknown_section_type_is_left_out_and_logged_in_french_with_the_file()
    {
        await HomeAsync();

        Assert.Contains(site.Factory.Logs.Entries, e => e.Message.Contains("index.md : sections[7]", StringComparison.Ordinal) &&
            e.Message.Contains("« galerie » inconnu", StringComparison.Ordinal));
    }
}
