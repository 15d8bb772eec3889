using System.Globalization;
using System.Text;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>One generated article: where it was written and what the site should answer.</summary>
public sealed record GeneratedArticle(string File, string Url, string RawPath, bool Published);

/// <summary>
/// Writes a blog of realistic French articles in every shape editors produce: French and English
/// keys, the four date formats, Grav taxonomy maps, empty tags, file names with spaces, apostrophes,
/// accents and capitals, no front matter, covers and images relative to the file, drafts and
/// scheduled articles. Deterministic for a given seed.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Subjects =
    [
        "covoiturage", "vélo", "autopartage", "transport à la demande", "logistique urbaine", "données ouvertes",
        "mobilité rurale", "marche", "intermodalité", "véhicule intermédiaire", "rétrofit", "calcul d'itinéraire",
    ];

    private static readonly string[] Places = ["Lyon", "Rennes", "la Drôme", "l'Île-de-France", "Marseille", "la Creuse", "Strasbourg"];
    private static readonly string[] Tags = ["vélo", "Vélo", "open source", "territoires", "communs", "données", "Expérimentation", "logistique"];
    private static readonly string[] People = ["Camille Exemple", "Dominique Exemple", "Alex Exemple", "Sacha Exemple"];

    public static IReadOnlyList<GeneratedArticle> Write(string root, int count, int seed = 42)
    {
        var random = new Random(seed);
        var articles = new List<GeneratedArticle>(count);
        var png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        for (var i = 0; i < count; i++)
        {
            var subject = Subjects[i % Subjects.Length];
            var place = Places[random.Next(Places.Length)];
            var year = 2014 + (i % 11);
            var date = new DateTime(year, 1 + random.Next(12), 1 + random.Next(28), random.Next(24), random.Next(60), 0, DateTimeKind.Unspecified);
            var title = $"{Capitalize(subject)} à {place} : l'expérimentation n°{i}";
            var name = (i % 4) switch
            {
                0 => $"Aller vers le {subject} par l'expérimentation {i}",
                1 => $"{subject.Replace(' ', '_')}-{place}-{i}",
                2 => $"{Capitalize(subject)} {i}",
                _ => $"article-{i}",
            };
            var folder = $"blog/{year}";
            var file = $"{folder}/{name}.md";
            var hasFrontMatter = i % 17 != 5;
            var draft = hasFrontMatter && i % 50 == 7;
            var scheduled = hasFrontMatter && i % 50 == 13;
            var text = new StringBuilder();
            if (hasFrontMatter)
            {
                text.Append(FrontMatter(i, title, scheduled ? new DateTime(2999, 1, 1) : date, draft, random));
            }

            text.Append(Body(i, title, subject, place, i % 17 == 5));
            var path = Path.Combine(root, folder, name + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, i % 9 == 4 ? text.ToString().ReplaceLineEndings("\r\n") : text.ToString(),
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: i % 11 == 3));
            var images = Path.Combine(root, folder, "images");
            Directory.CreateDirectory(images);
            File.WriteAllBytes(Path.Combine(images, $"illustration-{i}.png"), png);

            var slug = FabMob.Content.Addresses.SlugBuilder.Slugify(name);
            articles.Add(new GeneratedArticle(file, "/blog/" + slug, $"/{folder}/{name}", !draft && !scheduled));
        }

        File.WriteAllText(Path.Combine(root, "index.md"), "---\ntitre: Accueil\ngabarit: accueil\n---\n\n# Accueil\n\nLe site du corpus.\n");
        return articles;
    }

    private static string FrontMatter(int i, string title, DateTime date, bool draft, Random random)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append(i % 2 == 0 ? "titre" : "title").Append(": \"").Append(title.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
        yaml.Append(i % 3 == 0 ? "date" : "publish_date").Append(": ").Append((i % 4) switch
        {
            0 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            2 => "'" + date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + "'",
            _ => "'" + date.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + "'",
        }).Append('\n');
        yaml.Append(i % 2 == 0 ? "auteur: " : "authors:\n  - ").Append(People[i % People.Length]).Append('\n');
        switch (i % 5)
        {
            case 0:
                yaml.Append("tags: [").Append(Tags[random.Next(Tags.Length)]).Append(", ").Append(Tags[random.Next(Tags.Length)]).Append("]\n");
                break;
            case 1:
                yaml.Append("tags: ").Append(Tags[random.Next(Tags.Length)]).Append(", ").Append(Tags[random.Next(Tags.Length)]).Append('\n');
                break;
            case 2:
                yaml.Append("taxonomy:\n  tag: [").Append(Tags[random.Next(Tags.Length)]).Append("]\n  category: [Expérimentations]\n");
                break;
            case 3:
                yaml.Append("tags:\n");
                break;
            default:
                yaml.Append("catégories: Actualités\n");
                break;
        }

        if (i % 3 == 1)
        {
            yaml.Append("image: images/illustration-").Append(i).Append(".png\n");
        }

        if (i % 6 == 2)
        {
            yaml.Append("résumé: Un résumé écrit à la main pour l'article ").Append(i).Append(".\n");
        }

        if (i % 25 == 0)
        {
            yaml.Append("aliases:\n  - /ancien/article-").Append(i).Append('\n');
        }

        if (draft)
        {
            yaml.Append(i % 2 == 0 ? "brouillon: true\n" : "draft: true\n");
        }

        return yaml.Append("---\n\n").ToString();
    }

    private static string Body(int i, string title, string subject, string place, bool withHeading)
    {
        var body = new StringBuilder();
        if (withHeading)
        {
            body.Append("# ").Append(title).Append("\n\n");
        }

        body.Append("Le ").Append(subject).Append(" change la façon de se déplacer à ").Append(place)
            .Append(" : des habitant·e·s, des collectivités et des entreprises l'ont expérimenté pendant dix mois, ")
            .Append("avec des **données ouvertes** et des outils *libres*.\n\n");
        body.Append("## Ce que nous avons appris\n\n");
        body.Append("- Les usages réels diffèrent des enquêtes ;\n- les communs se construisent à plusieurs ;\n")
            .Append("- la [documentation](https://example.org/doc-").Append(i).Append(") compte autant que le code.\n\n");
        body.Append("![Illustration de l'expérimentation ").Append(i).Append("](images/illustration-").Append(i).Append(".png)\n\n");
        body.Append("| Indicateur | Avant | Après |\n|---|---|---|\n| Trajets partagés | 12 | 48 |\n| Coût par trajet | 4,10 € | 2,30 € |\n\n");
        body.Append("> « Qui ? Pourquoi ? » : les questions que chaque territoire se pose.\n\n");
        if (i > 0)
        {
            body.Append("Voir aussi [l'accueil](/) et [le blog](/blog).\n");
        }

        return body.ToString();
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
