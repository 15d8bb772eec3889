using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Lists;

/// <summary>
/// A blog in the default layout (<c>content/blog/YYYY/*.md</c>) for the redirect rules, the year archives
/// and the excluded tag, and the settings the association would write for them.
/// </summary>
public static class ListsContent
{
    public const string RawName = "Aller vers le covoiturage par l'expérimentation";
    public const string Covoiturage = "/blog/aller-vers-le-covoiturage-par-l-expérimentation";

    /// <summary>The association's rules (issue 14), the blog's mount leaving out <c>imaginaires</c>, two articles a page.</summary>
    public static Dictionary<string, string?> Settings(bool excludeImaginaires = true)
    {
        var settings = new Dictionary<string, string?> { ["Site:PageSize"] = "2" };
        (string From, string To, bool IfExists)[] rules =
        [
            ("/articles/{id}", "/blog/{id}", false),
            ("/articles/{category}/{id}", "/blog/{id}", false),
            ("/{category}/{id}", "/blog/{id}", true),
            ("/blog/mentors", "/blog", false),
            ("/blog/articles", "/blog", false),
            ("/blog/home", "/blog", false),
            ("/blog/tag/{tag}", "/étiquettes/{tag}", false),
        ];
        for (var i = 0; i < rules.Length; i++)
        {
            settings[$"Site:Redirects:{i}:From"] = rules[i].From;
            settings[$"Site:Redirects:{i}:To"] = rules[i].To;
            settings[$"Site:Redirects:{i}:IfExists"] = rules[i].IfExists ? "true" : "false";
        }

        if (excludeImaginaires)
        {
            settings["Site:Mounts:0:Source"] = "blog";
            settings["Site:Mounts:0:Target"] = "/blog";
            settings["Site:Mounts:0:Kind"] = "collection";
            settings["Site:Mounts:0:ExcludeTags:0"] = "imaginaires";
            // Mounts replace the default layout whole: the tree's other pages, data and files are mounted too.
            settings["Site:Mounts:1:Source"] = "";
            settings["Site:Mounts:1:Target"] = "/";
            settings["Site:Mounts:1:Kind"] = "pages";
            settings["Site:Mounts:2:Source"] = "_data";
            settings["Site:Mounts:2:Kind"] = "data";
            settings["Site:Mounts:3:Source"] = "";
            settings["Site:Mounts:3:Target"] = "/";
            settings["Site:Mounts:3:Kind"] = "files";
        }

        return settings;
    }

    /// <summary>The same settings as command-line arguments (<c>--Site:PageSize=2</c>…).</summary>
    public static string[] Arguments(string contentPath) =>
        [$"--Site:ContentPath={contentPath}", .. Settings().Select(pair => $"--{pair.Key}={pair.Value}")];

    /// <summary>
    /// Published: four articles in 2021 (one tagged <c>imaginaires</c>), one in 2015, one in 2019; a draft
    /// in 2024 and an article scheduled for 1 January 2999.
    /// </summary>
    public static TempSite Write()
    {
        var site = TempSite.Empty();
        site.Write("index.md", """
            ---
            titre: Accueil
            ---
            Bienvenue. Voir [un ancien article](/articles/genese), [les articles de 2021](/blog/année/2021),
            [la page 2 de 2021](/blog/année/2021/page/2), [les mentors](/blog/mentors), [le vélo](/blog/tag/vélo)
            et [un article disparu](/articles/disparu).
            """);
        site.Write("à-propos.md", "---\ntitre: À propos\n---\nL'association.\n");
        site.Write("à-propos/travailler.md", "---\ntitre: Travailler ensemble\n---\nNos offres.\n");
        site.Write("blog/_index.md", "---\ntitre: Le blog\n---\nLes articles, du plus récent au plus ancien.\n");
        site.Write($"blog/2021/{RawName}.md",
            "---\ntitre: Aller vers le covoiturage\ndate: 2021-05-04\ntags: [covoiturage]\ncatégories: [articles]\n---\nTexte.\n");
        site.Write("blog/2021/velo.md", "---\ntitre: Le vélo en ville\ndate: 2021-03-01\ntags: [vélo]\n---\nTexte.\n");
        site.Write("blog/2021/rural.md", "---\ntitre: Mobilité rurale\ndate: 2021-09-01\n---\nTexte.\n");
        site.Write("blog/2021/fiction.md", "---\ntitre: Une fiction\ndate: 2021-07-01\ntags: [Imaginaires]\n---\nTexte.\n");
        site.Write("blog/2019/donnees.md", "---\ntitre: Données ouvertes\ndate: 2019-06-01\n---\nTexte.\n");
        site.Write("blog/2015/genese.md", "---\ntitre: La genèse\ndate: 2015-03-24\ntags: [vélo]\ncatégories: [histoire]\n---\nTexte.\n");
        site.Write("blog/2024/brouillon.md", "---\ntitre: Brouillon\ndate: 2024-01-01\nbrouillon: true\n---\nTexte.\n");
        site.Write("blog/2999/futur.md", "---\ntitre: À venir\ndate: 2999-01-01\n---\nTexte.\n");
        site.Write("_data/equipe.yaml", "Bureau:\n  - nom: Personne Fictive\n    rôle: Présidence\n");
        site.Write("documents/statuts.pdf", "%PDF-1.4\n");
        return site;
    }
}
