using System.Net;
using AngleSharp.Dom;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.DataPages;

/// <summary>The association's data pages, from its own YAML shapes, described in configuration only.</summary>
public sealed class DataPageTests(AssociationDataSite site) : IClassFixture<AssociationDataSite>
{
    private readonly HttpClient _client = site.Factory.CreateRawClient();

    private async Task<IDocument> GetAsync(string path)
    {
        var (response, page) = await Html.GetAsync(_client, Html.Encode(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static List<string> Texts(IParentNode page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task The_team_page_shows_the_configured_groups_in_order_under_their_headings_and_skips_a_missing_one()
    {
        var page = await GetAsync("/à-propos/nous");

        Assert.Equal("Nous", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(["L'équipe", "Le conseil d'administration", "Coopérateurs"], Texts(page, "main h2"));
        Assert.Equal(["Camille Exemple", "Dominique Sansphoto", "Alex Conseil", "Sam Coop"],
            page.QuerySelectorAll(".personne__nom").Select(p => p.TextContent.Replace("(profil LinkedIn)", "", StringComparison.Ordinal).Trim()));
        Assert.Equal("Description de Nous", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task A_person_card_shows_photo_name_role_structure_link_and_linkedin_and_omits_what_is_missing()
    {
        var page = await GetAsync("/à-propos/nous");
        var people = page.QuerySelectorAll(".personne");
        var camille = people[0];
        var dominique = people[1];

        var photo = camille.QuerySelector("img")!;
        Assert.Equal("/images/nous/camille.jpg", photo.GetAttribute("src"));
        Assert.Equal("lazy", photo.GetAttribute("loading"));
        Assert.Equal("Photo de Camille Exemple", photo.GetAttribute("alt"));
        Assert.Equal("https://www.linkedin.com/in/camille-exemple", camille.QuerySelector(".personne__nom a")?.GetAttribute("href"));
        Assert.Equal("Déléguée générale", camille.QuerySelector(".personne__role")?.TextContent);
        Assert.Equal("https://lafabriquedesmobilites.example", camille.QuerySelector(".personne__structure a")?.GetAttribute("href"));
        Assert.Null(dominique.QuerySelector("img"));
        Assert.Null(dominique.QuerySelector("a"));
        Assert.Null(dominique.QuerySelector(".personne__structure"));
        Assert.Equal("/images/nous/sam.png", people[3].QuerySelector("img")?.GetAttribute("src"));
    }

    [Fact]
    public async Task Without_groups_the_people_view_shows_every_group_of_the_file()
    {
        var page = await GetAsync("/equipe-sans-groupes");

        Assert.Equal(["L'équipe", "Le conseil d'administration", "Coopérateurs", "Partenaires", "Adherents"], Texts(page, "main h2"));
    }

    [Fact]
    public async Task Members_are_logos_shown_whole_linking_to_their_site()
    {
        var page = await GetAsync("/à-propos/adherents_et_partenaires");

        Assert.Empty(page.QuerySelectorAll("main h2"));
        var logos = page.QuerySelectorAll(".logo");
        Assert.Equal(2, logos.Length);
        Assert.Equal("https://ville.example.org", logos[0].QuerySelector("a.logo__lien")?.GetAttribute("href"));
        var image = logos[0].QuerySelector("img.logo__image")!;
        Assert.Equal("/images/partenaires/ville.png", image.GetAttribute("src"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("Ville Adhérente (site web)", image.GetAttribute("alt"));
        Assert.Null(logos[1].QuerySelector("a"));
        Assert.Equal("Association Sans Site", logos[1].QuerySelector("img")?.GetAttribute("alt"));
    }

    [Fact]
    public async Task Partners_have_their_interview_beside_the_logo_and_a_partner_without_logo_shows_its_name()
    {
        var page = await GetAsync("/à-propos/adherents_et_partenaires/partenaires");
        var logos = page.QuerySelectorAll(".logo");

        Assert.Equal("/blog/interview-region", logos[0].QuerySelector("a.logo__interview")?.GetAttribute("href"));
        Assert.StartsWith("Lire l'interview", logos[0].QuerySelector("a.logo__interview")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.sanslogo.example", logos[1].QuerySelector("a.logo__lien")?.GetAttribute("href"));
        Assert.Equal("Sans Logo SA", logos[1].QuerySelector(".logo__nom")?.TextContent);
        Assert.Null(logos[1].QuerySelector(".logo__interview"));
    }

    [Fact]
    public async Task The_stylesheet_never_crops_a_logo()
    {
        var css = await _client.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Matches(@"\.logo__image \{[^}]*object-fit: contain", css);
    }

    [Fact]
    public async Task Events_are_split_into_upcoming_and_past_with_both_date_forms()
    {
        var page = await GetAsync("/activités/événements");
        var lists = page.QuerySelectorAll("ul.evenements");

        Assert.Equal(["À venir", "Passés"], Texts(page, "main h2"));
        Assert.Equal(["Atelier du matin", "Rencontre des communs"], Texts(lists[0], ".evenement__titre"));
        Assert.Equal(["Atelier passé", "Sans date"], Texts(lists[1], ".evenement__titre"));
        var morning = lists[0].QuerySelector("time")!;
        Assert.Equal("30 novembre 2026 à 9\u00a0h\u00a030", morning.TextContent);
        Assert.Equal("2026-11-30T09:30+01:00", morning.GetAttribute("datetime"));
        var meeting = lists[0].QuerySelectorAll(".evenement")[1];
        Assert.Equal("3 décembre 2026", meeting.QuerySelector("time")?.TextContent);
        Assert.Equal("https://evenement.example.org/rencontre", meeting.QuerySelector("h3 a")?.GetAttribute("href"));
        var picture = meeting.QuerySelector("img")!;
        Assert.Equal("lazy", picture.GetAttribute("loading"));
        Assert.Equal("Illustration de l'événement « Rencontre des communs »", picture.GetAttribute("alt"));
        Assert.Null(lists[0].QuerySelectorAll(".evenement")[0].QuerySelector("img"));
    }

    [Fact]
    public async Task Communs_take_a_readable_title_and_a_link_from_the_wiki_catalogue()
    {
        var page = await GetAsync("/activités/communs");

        Assert.Equal(["Mon Compte Mobilité", "Registre de Preuve de Covoiturage (RPC)"], Texts(page, ".commun__nom"));
        Assert.Equal("https://wiki.example.org/wiki/Mon_Compte_Mobilit%C3%A9", page.QuerySelector(".commun__nom a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Publications_show_the_wiki_title_the_date_as_written_and_the_description()
    {
        var page = await GetAsync("/activités/publications");
        var items = page.QuerySelectorAll(".publication");

        Assert.Equal(2, items.Length);
        Assert.Equal("Guide des communs", items[0].QuerySelector(".publication__titre")?.TextContent.Trim());
        Assert.Equal("https://wiki.example.org/wiki/Guide_des_communs", items[0].QuerySelector(".publication__titre a")?.GetAttribute("href"));
        Assert.Equal("Juillet 2023", items[0].QuerySelector(".publication__date")?.TextContent);
        Assert.Equal("Un guide pour se lancer.", items[0].QuerySelector(".publication__titre + p + p")?.TextContent);
        Assert.Equal("2022", items[1].QuerySelector(".publication__date")?.TextContent);
    }

    [Fact]
    public async Task A_mission_description_is_markdown_rendered_and_sanitised_with_its_text_kept()
    {
        var page = await GetAsync("/participer/mecenat");
        var mission = page.QuerySelector("li.mission#dev-front")!;
        var description = mission.QuerySelector(".mission__description")!;

        Assert.Equal(2, description.QuerySelectorAll("p").Length);
        Assert.Equal("gras", description.QuerySelector("strong")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("Second paragraphe", description.TextContent, StringComparison.Ordinal);
        Assert.Contains("après le script.", description.TextContent, StringComparison.Ordinal);
        Assert.Equal("Illustration de la mission « Développeur·se front »", mission.QuerySelector("img")?.GetAttribute("alt"));
        Assert.Equal("lazy", mission.QuerySelector("img")?.GetAttribute("loading"));
        Assert.Equal("https://mecenat.example.org/dev-front", mission.QuerySelector("a.bouton")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Each_mission_has_an_anchor_from_its_id()
    {
        var page = await GetAsync("/participer/mecenat");

        Assert.Equal(["dev-front", "data", "mission-libre"], page.QuerySelectorAll("li.mission").Select(m => m.Id));
        Assert.Equal("#data", page.QuerySelector("#data .mission__titre a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_intro_of_a_data_page_is_markdown_rendered_and_sanitised()
    {
        var page = await GetAsync("/participer/mecenat");
        var intro = page.QuerySelector(".donnees__intro")!;

        Assert.Equal("communs", intro.QuerySelector("strong")?.TextContent);
        Assert.Empty(intro.QuerySelectorAll("script"));
        Assert.Contains("Écrivez-nous.", intro.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_form_works_without_javascript_with_french_labels_and_the_file_values()
    {
        var page = await GetAsync("/participer/mecenat");
        var form = page.QuerySelector("form.filtres")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Commun", form.QuerySelector("label[for=filtre-commun]")?.TextContent);
        Assert.Equal("Poste", form.QuerySelector("label[for=filtre-poste]")?.TextContent);
        Assert.Equal(["Tous les communs", "Mon Compte Mobilité", "Registre de preuve de covoiturage"], Texts(form, "select[name=commun] option"));
        Assert.Equal(["", "Développement", "Données", "Design"], form.QuerySelectorAll("select[name=poste] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Filtrer", form.QuerySelector("button[type=submit]")?.TextContent);
    }

    [Fact]
    public async Task The_custom_card_view_takes_the_configured_field_names_and_shows_each_group()
    {
        var page = await GetAsync("/outils");

        Assert.Equal(["Outils", "Ressources"], Texts(page, "main h2"));
        var card = page.QuerySelector(".carte-donnee")!;
        Assert.Equal("https://a.example.org", card.QuerySelector(".carte-donnee__titre a")?.GetAttribute("href"));
        Assert.Equal("/images/a.png", card.QuerySelector("img")?.GetAttribute("src"));
        Assert.Equal("Illustration : Outil A", card.QuerySelector("img")?.GetAttribute("alt"));
        Assert.Equal("outil", card.QuerySelector(".carte-donnee__texte em")?.TextContent);
        Assert.Equal("Ressource B", page.QuerySelectorAll(".carte-donnee__titre")[1].TextContent.Trim());
    }

    [Theory]
    [InlineData("/vide", "Rien à présenter pour le moment.")]
    [InlineData("/missions-en-carte", "Aucune mission proposée pour le moment.")]
    public async Task An_empty_file_or_a_map_where_a_list_was_expected_gives_a_french_message_not_an_error(string path, string message)
    {
        var page = await GetAsync(path);

        Assert.Equal(message, page.QuerySelector(".donnees__vide")?.TextContent);
    }
}
