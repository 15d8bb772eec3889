using FabMob.Content.Data;

namespace FabMob.Content.Tests.Data;

public class EventsAndCommunsTests
{
    [Fact]
    public void Events_read_both_date_forms_and_know_when_a_time_was_written()
    {
        var events = SiteEvent.Read(Yaml.Values("""
            - date: 2025-10-30
              title: Journée
              description: Toute la journée.
              picture: /images/illustrations_evenements/j.jpg
              url: https://evenement.example.org
            - date: 2025-09-29T09:30:00
              title: Matinée
            - date: bientôt
              title: Date illisible
            - description: sans titre
            """));

        Assert.Equal(["Journée", "Matinée", "Date illisible"], events.Select(e => e.Title));
        Assert.Equal(new DateTimeOffset(2025, 10, 30, 0, 0, 0, TimeSpan.FromHours(1)), events[0].Date);
        Assert.False(events[0].HasTime);
        Assert.Equal("/images/illustrations_evenements/j.jpg", events[0].Picture);
        Assert.Equal(new DateTimeOffset(2025, 9, 29, 9, 30, 0, TimeSpan.FromHours(2)), events[1].Date);
        Assert.True(events[1].HasTime);
        Assert.Null(events[2].Date);
    }

    [Fact]
    public void Communs_given_as_wiki_page_ids_keep_the_id()
    {
        var communs = Commun.Read(Yaml.Values("- Mon_Compte_Mobilité\n- Registre_de_Preuve_de_Covoiturage_(RPC)\n- id_wiki: La_Roue\n  description: Décrite ici.\n"));

        Assert.Equal(["Mon_Compte_Mobilité", "Registre_de_Preuve_de_Covoiturage_(RPC)", "La_Roue"], communs.Select(c => c.WikiId));
        Assert.Equal("Décrite ici.", communs[2].Description);
    }

    [Fact]
    public void Publications_keep_their_date_as_written_and_need_a_wiki_id_or_a_title()
    {
        var publications = PublicationEntry.ReadList(Yaml.Values("""
            - id_wiki: Guide_des_communs
              date: Juillet 2023
              description: Un guide.
            - id_wiki : Rapport_annuel
              date: 2022
            - date: Mars 2020
            - titre: Sans wiki
            """));

        Assert.Equal(["Guide_des_communs", "Rapport_annuel", "Sans wiki"], publications.Select(p => p.WikiId));
        Assert.Equal(["Juillet 2023", "2022", null], publications.Select(p => p.Date));
        Assert.Equal("Un guide.", publications[0].Description);
    }

    [Fact]
    public void Publications_from_a_map_where_a_list_was_expected_are_none()
    {
        Assert.Empty(PublicationEntry.ReadList(Yaml.Values("id_wiki: Guide\ndate: 2023\n")));
    }
}
