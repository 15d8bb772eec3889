using System.Text;
using FabMob.Content.Data;

namespace FabMob.Content.Tests.Data;

public class PeopleAndLogosTests
{
    [Fact]
    public void A_person_is_read_with_a_space_before_the_colon_and_missing_fields_left_null()
    {
        var people = Person.ReadList(Yaml.Values("""
            - nom : Camille Exemple
              rôle: Déléguée générale
              image: images/nous/camille.jpg
              linkedin: https://www.linkedin.com/in/camille
              structure: La Fabrique
              lienstructure: www.fabmob.example
            - nom: Sans Rien
            - rôle: personne sans nom
            """));

        Assert.Equal(2, people.Count);
        Assert.Equal(new Person("Camille Exemple", "Déléguée générale", "/images/nous/camille.jpg",
            "https://www.linkedin.com/in/camille", "La Fabrique", "https://www.fabmob.example"), people[0]);
        Assert.Equal(new Person("Sans Rien", null, null, null, null, null), people[1]);
    }

    [Fact]
    public void Keys_are_matched_in_any_case_and_in_nfd()
    {
        var yaml = "- NOM: Alex\n  Rôle: Trésorier\n".Normalize(NormalizationForm.FormD);

        var person = Assert.Single(Person.ReadList(Yaml.Values(yaml)));

        Assert.Equal("Trésorier".Normalize(NormalizationForm.FormD), person.Role);
    }

    [Fact]
    public void A_configured_field_replaces_the_default_keys_of_its_role()
    {
        var fields = Person.Fields.With(new Dictionary<string, string> { ["title"] = "prénom", ["inconnu"] = "x" });

        var people = Person.ReadList(Yaml.Values("- prénom: Lou\n  nom: Ignoré\n- nom: Sans prénom\n"), fields);

        Assert.Equal(["Lou"], people.Select(p => p.Name));
    }

    [Fact]
    public void A_logo_keeps_its_site_and_its_interview_path_and_a_bare_www_gets_https()
    {
        var logos = PartnerLogo.ReadList(Yaml.Values("""
            - nom: Région Exemple
              image: /images/partenaires/region.svg
              siteweb: https://region.example.org
              interview: /blog/interview-region
            - nom: Sans Logo
              siteweb: www.sanslogo.example
            - image: images/partenaires/ville-de-test.png
            - siteweb: https://personne.example
            """));

        Assert.Equal(new PartnerLogo("Région Exemple", "/images/partenaires/region.svg", "https://region.example.org", "/blog/interview-region"), logos[0]);
        Assert.Equal(new PartnerLogo("Sans Logo", null, "https://www.sanslogo.example", null), logos[1]);
        Assert.Equal(new PartnerLogo("ville de test", "/images/partenaires/ville-de-test.png", null, null), logos[2]);
        Assert.Equal(3, logos.Count);
    }

    [Fact]
    public void A_group_written_as_a_map_instead_of_a_list_has_no_people()
    {
        var groups = DataGroup.Select(Yaml.Values("L'équipe:\n  nom: Camille\n  rôle: Déléguée\n"), ["L'équipe"]);

        Assert.Empty(Person.ReadList(Assert.Single(groups).Value));
    }

    [Theory]
    [InlineData("nom: pas une liste\n")]
    [InlineData("du texte\n")]
    [InlineData("")]
    public void Something_else_than_a_list_of_entries_gives_no_logo_and_no_error(string yaml)
    {
        Assert.Empty(PartnerLogo.ReadList(Yaml.Values(yaml)));
    }
}
