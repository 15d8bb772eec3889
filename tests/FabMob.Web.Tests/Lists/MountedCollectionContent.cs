using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Lists;

/// <summary>
/// A collection laid out as the association does (<c>articles/YYYY/*.md</c>) but mounted at <c>/actualités</c>:
/// its list, pages, years and feeds must answer there, and nothing at <c>/blog</c>.
/// </summary>
public static class MountedCollectionContent
{
    /// <summary>The collection mounted at <c>/actualités</c> beside the rest of the default layout, two entries a page.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Site:PageSize"] = "2",
        ["Site:Mounts:0:Source"] = "articles",
        ["Site:Mounts:0:Target"] = "/actualités",
        ["Site:Mounts:0:Kind"] = "collection",
        ["Site:Mounts:0:ExcludeTags:0"] = "interne",
        ["Site:Mounts:1:Source"] = "",
        ["Site:Mounts:1:Target"] = "/",
        ["Site:Mounts:1:Kind"] = "pages",
        ["Site:Mounts:2:Source"] = "_data",
        ["Site:Mounts:2:Kind"] = "data",
        ["Site:Mounts:3:Source"] = "",
        ["Site:Mounts:3:Target"] = "/",
        ["Site:Mounts:3:Kind"] = "files",
    };

    /// <summary>The same settings as command-line arguments.</summary>
    public static string[] Arguments(string contentPath) =>
        [$"--Site:ContentPath={contentPath}", .. Settings().Select(pair => $"--{pair.Key}={pair.Value}")];

    /// <summary>Three published entries in 2021 (and one tagged <c>interne</c>, left out of the main list), one in 2019.</summary>
    public static TempSite Write()
    {
        var site = TempSite.Empty();
        site.Write("index.md", """
            ---
            titre: Accueil
            ---
            Voir [les actualités](/actualités), [leur page 2](/actualités/page/2), [celles de 2021](/actualités/année/2021),
            [la page 2 de 2021](/actualités/année/2021/page/2), [le fil RSS](/actualités/feed.xml),
            [le fil Atom](/actualités/atom.xml) et [l'ancien blog](/blog/année/2021).
            """);
        site.Write("articles/_index.md", "---\ntitre: Actualités\n---\nLes nouvelles de l'association.\n");
        site.Write("articles/2021/velo.md", "---\ntitre: Le vélo en ville\ndate: 2021-03-01\ntags: [vélo]\n---\nTexte.\n");
        site.Write("articles/2021/rural.md", "---\ntitre: Mobilité rurale\ndate: 2021-09-01\n---\nTexte.\n");
        site.Write("articles/2021/covoiturage.md", "---\ntitre: Covoiturage\ndate: 2021-05-04\n---\nTexte.\n");
        site.Write("articles/2021/reunion.md", "---\ntitre: Réunion interne\ndate: 2021-06-01\ntags: [interne]\n---\nTexte.\n");
        site.Write("articles/2019/donnees.md", "---\ntitre: Données ouvertes\ndate: 2019-06-01\n---\nTexte.\n");
        return site;
    }
}
