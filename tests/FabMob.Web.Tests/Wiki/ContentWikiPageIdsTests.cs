using FabMob.Web.Wiki;

namespace FabMob.Web.Tests.Wiki;

public sealed class ContentWikiPageIdsTests
{
    [Fact]
    public void Ids_are_the_string_items_of_communs_and_the_id_wiki_of_publications_each_once()
    {
        var data = new Dictionary<string, object?>
        {
            ["communs-fabmob"] = new List<object?> { "Mon_Compte_Mobilité", " Registre_de_Preuve_de_Covoiturage_(RPC) ", 42L, null },
            ["publications-fabmob"] = new List<object?>
            {
                new Dictionary<string, object?> { ["id_wiki"] = "Étude_covoiturage_2023", ["date"] = "Juillet 2023", ["description"] = "x" },
                new Dictionary<string, object?> { ["date"] = "Mars 2022" },
                new Dictionary<string, object?> { ["id_wiki "] = "Mon_Compte_Mobilité" },
            },
            ["ecosystème"] = new List<object?> { "Pas_un_commun" },
        };

        var ids = ContentWikiPageIds.Read(data, ["communs-fabmob", "publications-fabmob", "absent"]);

        Assert.Equal(["Mon_Compte_Mobilité", "Registre_de_Preuve_de_Covoiturage_(RPC)", "Étude_covoiturage_2023"], ids);
    }
}
