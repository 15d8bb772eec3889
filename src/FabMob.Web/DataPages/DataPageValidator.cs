using FabMob.Web.Configuration;

namespace FabMob.Web.DataPages;

/// <summary>Checks <c>Site:DataPages</c> at start: each failure names its key, in French.</summary>
internal static class DataPageValidator
{
    public static void Validate(IReadOnlyList<DataPage> pages, List<string> failures)
    {
        var paths = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var key = $"Site:DataPages:{i}";
            if (!page.Path.StartsWith('/'))
            {
                failures.Add($"{key}:Path : l'adresse de la page doit commencer par / (« {page.Path} »).");
            }
            else if (!paths.TryAdd(page.Path, i))
            {
                failures.Add($"{key}:Path : « {page.Path} » est déjà l'adresse de Site:DataPages:{paths[page.Path]}.");
            }

            if (string.IsNullOrWhiteSpace(page.Data))
            {
                failures.Add($"{key}:Data : le nom du fichier de données est obligatoire (sans extension, par exemple « equipe »).");
            }

            if (string.IsNullOrWhiteSpace(page.Title))
            {
                failures.Add($"{key}:Title : le titre de la page est obligatoire.");
            }

            var view = DataPageViews.Canonical(page.View);
            if (view is null)
            {
                failures.Add($"{key}:View : vue « {page.View} » inconnue ; vues possibles : {string.Join(", ", DataPageViews.Names)}.");
                continue;
            }

            var fields = DataPageViews.Fields(view);
            foreach (var (role, name) in page.Fields)
            {
                if (!fields.Knows(role))
                {
                    failures.Add($"{key}:Fields:{role} : rôle inconnu pour la vue {view} ; rôles possibles : {string.Join(", ", fields.Roles)}.");
                }
                else if (string.IsNullOrWhiteSpace(name))
                {
                    failures.Add($"{key}:Fields:{role} : il faut le nom d'un champ du fichier.");
                }
            }

            for (var g = 0; g < page.Groups.Count; g++)
            {
                if (string.IsNullOrWhiteSpace(page.Groups[g]))
                {
                    failures.Add($"{key}:Groups:{g} : le nom du groupe est vide.");
                }
            }
        }
    }
}
