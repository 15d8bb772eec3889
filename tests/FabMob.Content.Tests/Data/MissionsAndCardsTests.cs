using FabMob.Content.Data;

namespace FabMob.Content.Tests.Data;

public class MissionsAndCardsTests
{
    [Fact]
    public void A_mission_keeps_its_markdown_description_as_written()
    {
        var missions = Mission.ReadList(Yaml.Values("""
            - titre: Développeur·se front
              id: dev-front
              description: |
                Premier paragraphe avec **gras**.

                Second paragraphe.
              commun: Mon Compte Mobilité
              poste: Développement
              image: /images/missions/dev.png
              url: https://mecenat.example.org/dev
            - titre: Sans rien d'autre
            - id: sans-titre
            """));

        Assert.Equal(2, missions.Count);
        Assert.Equal("Premier paragraphe avec **gras**.\n\nSecond paragraphe.", missions[0].Description);
        Assert.Equal(("dev-front", "Mon Compte Mobilité", "Développement"), (missions[0].Id, missions[0].Commun, missions[0].Poste));
        Assert.Equal(new Mission("Sans rien d'autre", null, null, null, null, null, null), missions[1]);
    }

    [Theory]
    [InlineData("titre: une seule mission\nid: x\n")]
    [InlineData("du texte\n")]
    [InlineData("")]
    [InlineData("- 12\n- [a, b]\n")]
    public void Anything_but_a_list_of_entries_gives_no_mission_and_no_error(string yaml)
    {
        Assert.Empty(Mission.ReadList(Yaml.Values(yaml)));
    }

    [Fact]
    public void Cards_take_the_keys_configuration_names()
    {
        var fields = DataCard.Fields.With(new Dictionary<string, string>
        {
            ["title"] = "intitulé", ["image"] = "visuel", ["link"] = "adresse", ["text"] = "présentation",
        });

        var cards = DataCard.ReadList(Yaml.Values("""
            - intitulé: Outil A
              visuel: images/a.png
              adresse: https://a.example.org
              présentation: Un *outil*.
              titre: ignoré
            - titre: Sans intitulé
            """), fields);

        Assert.Equal(new DataCard("Outil A", null, "Un *outil*.", "/images/a.png", "https://a.example.org", null), Assert.Single(cards));
    }
}
