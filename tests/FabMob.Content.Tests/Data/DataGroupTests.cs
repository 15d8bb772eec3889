using System.Text;
using FabMob.Content.Data;

namespace FabMob.Content.Tests.Data;

public class DataGroupTests
{
    private const string Ecosystem = """
        L'équipe:
          - nom: Camille
        Le conseil d'administration:
          - nom: Alex
        Partenaires:
          - nom: Région
        """;

    [Fact]
    public void Groups_come_in_the_configured_order_and_a_group_the_file_lacks_is_left_out()
    {
        var groups = DataGroup.Select(Yaml.Values(Ecosystem), ["Partenaires", "Bénévoles", "L'équipe"]);

        Assert.Equal(["Partenaires", "L'équipe"], groups.Select(g => g.Name));
    }

    [Fact]
    public void A_group_name_matches_in_any_case_with_spaces_around_and_in_nfd()
    {
        var nfd = "  le conseil D'ADMINISTRATION ".Normalize(NormalizationForm.FormD);
        var groups = DataGroup.Select(Yaml.Values(Ecosystem), [nfd, "l'ÉQUIPE".Normalize(NormalizationForm.FormD)]);

        Assert.Equal(["Le conseil d'administration", "L'équipe"], groups.Select(g => g.Name));
    }

    [Theory]
    [InlineData("- nom: Camille\n")]
    [InlineData("juste du texte\n")]
    [InlineData("")]
    public void Data_that_is_not_a_map_has_no_groups(string yaml)
    {
        Assert.Empty(DataGroup.Select(Yaml.Values(yaml), ["L'équipe"]));
    }
}
