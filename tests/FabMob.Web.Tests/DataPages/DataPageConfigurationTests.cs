using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.DataPages;

/// <summary><c>Site:DataPages</c> is checked at start; each failure names its key in French.</summary>
public sealed class DataPageConfigurationTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    public DataPageConfigurationTests() => _content.Write("index.md", "# Accueil\n");

    public void Dispose() => _content.Dispose();

    private OptionsValidationException Start(Dictionary<string, string?> settings)
    {
        using var factory = new SiteFactory(_content.Root, settings: settings);
        return Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
    }

    private static Dictionary<string, string?> Page(int index, string path, string data, string view, string title) => new()
    {
        [$"Site:DataPages:{index}:Path"] = path,
        [$"Site:DataPages:{index}:Data"] = data,
        [$"Site:DataPages:{index}:View"] = view,
        [$"Site:DataPages:{index}:Title"] = title,
    };

    [Fact]
    public void An_unknown_view_is_refused_naming_its_key_and_the_views_there_are()
    {
        var settings = Page(0, "/a", "a", "personnes", "A");
        foreach (var (key, value) in Page(1, "/b", "b", "personnes", "B").Concat(Page(2, "/c", "c", "personnes", "C"))
                     .Concat(Page(3, "/galerie", "galerie", "galerie", "Galerie")))
        {
            settings[key] = value;
        }

        var failure = Start(settings);

        Assert.Contains(failure.Failures, m => m.StartsWith("Site:DataPages:3:View : vue « galerie » inconnue", StringComparison.Ordinal) &&
            m.Contains("personnes, logos, evenements, communs, publications, missions, cartes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_role_the_view_does_not_know_is_refused_naming_its_key_and_the_roles_there_are()
    {
        var settings = Page(0, "/logos", "ecosysteme", "logos", "Logos");
        settings["Site:DataPages:0:Fields:couleur"] = "teinte";

        var failure = Start(settings);

        Assert.Contains(failure.Failures, m => m.StartsWith("Site:DataPages:0:Fields:couleur : rôle inconnu pour la vue logos", StringComparison.Ordinal) &&
            m.Contains("title, image, link, interview", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_data_and_title_and_a_path_used_twice_are_each_named()
    {
        var settings = Page(0, "/x", "", "cartes", "");
        foreach (var (key, value) in Page(1, "/x", "y", "cartes", "Y").Concat(Page(2, "sans-barre", "z", "cartes", "Z")))
        {
            settings[key] = value;
        }

        var failure = Start(settings);

        Assert.Contains(failure.Failures, m => m.StartsWith("Site:DataPages:0:Data :", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, m => m.StartsWith("Site:DataPages:0:Title :", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, m => m.StartsWith("Site:DataPages:1:Path : « /x » est déjà l'adresse de Site:DataPages:0", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, m => m.StartsWith("Site:DataPages:2:Path :", StringComparison.Ordinal));
    }
}
