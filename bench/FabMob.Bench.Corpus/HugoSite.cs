using System.Text;

namespace FabMob.Bench.Corpus;

/// <summary>
/// The minimal Hugo site around the corpus: configuration (raw HTML kept, as the site's pipeline does; 10 per
/// list page, as <c>Site:PageSize</c>) and a baseof/single/list layout that puts the article HTML in a basic page.
/// </summary>
internal static class HugoSite
{
    public static void WriteSkeleton(string site)
    {
        Write(site, "hugo.yaml", """
            baseURL: https://lafabriquedesmobilites.fr/
            languageCode: fr
            defaultContentLanguage: fr
            title: La Fabrique des Mobilités
            timeZone: Europe/Paris
            paginate: 10
            rssLimit: 20
            enableRobotsTXT: true
            taxonomies:
              tag: tags
              category: categories
            markup:
              goldmark:
                renderer:
                  unsafe: true
            """);
        Write(site, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
            {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <header><a href="/">{{ site.Title }}</a>
            <nav><ul><li><a href="/">Accueil</a></li><li><a href="/blog/">Blog</a></li><li><a href="/à-propos/">À propos</a></li></ul></nav></header>
            <main id="contenu">{{ block "main" . }}{{ end }}</main>
            <footer><p>{{ site.Title }}, association.</p></footer>
            </body>
            </html>
            """);
        Write(site, "layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            {{ if not .Date.IsZero }}<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.authors }} · {{ delimit . ", " }}{{ end }}</p>{{ end }}
            {{ .Content }}
            {{ with .GetTerms "tags" }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
            </article>
            {{ end }}
            """);
        Write(site, "layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ .Content }}
            {{ if .IsHome }}
            {{ range first 10 (where site.RegularPages "Section" "blog") }}{{ partial "carte.html" . }}{{ end }}
            {{ else }}
            {{ range (.Paginate .Pages).Pages }}{{ partial "carte.html" . }}{{ end }}
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            {{ end }}
            """);
        Write(site, "layouts/partials/carte.html", """
            <article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ if not .Date.IsZero }}<p>{{ .Date.Format "2 January 2006" }}</p>{{ end }}<p>{{ .Summary }}</p></article>
            """);
    }

    /// <summary>
    /// The repository's pages for Hugo: <c>index.md</c> becomes the home's <c>_index.md</c>, <c>à-propos.md</c> the
    /// <c>à-propos/</c> section page (Hugo cannot have both a page and a folder at one address); French keys
    /// renamed (<c>titre</c> → <c>title</c>), <c>gabarit</c> dropped (it names a Razor view). Bodies unchanged.
    /// </summary>
    public static string HugoPath(string root, string relative) => relative switch
    {
        "index.md" => "_index.md",
        _ when relative.EndsWith(".md", StringComparison.Ordinal) && Directory.Exists(Path.Combine(root, relative[..^3])) =>
            relative[..^3] + "/_index.md",
        _ => relative,
    };

    public static string HugoFrontMatter(string text)
    {
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return text;
        }

        var result = new StringBuilder("---\n");
        foreach (var line in text[4..(end + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var key = line.Split(':', 2)[0].Trim().ToLowerInvariant();
            var mapped = key switch
            {
                "titre" => "title",
                "résumé" or "resume" => "summary",
                "brouillon" => "draft",
                "auteur" or "auteurs" or "author" => "authors",
                "étiquettes" => "tags",
                "catégories" => "categories",
                "ordre" => "weight",
                _ => key,
            };
            if (mapped is "gabarit" or "layout" or "menu")
            {
                continue;
            }

            result.Append(mapped == key || line.StartsWith(' ') ? line : mapped + line[line.IndexOf(':', StringComparison.Ordinal)..]).Append('\n');
        }

        return result.Append(text[(end + 1)..]).ToString();
    }

    private static void Write(string site, string relative, string text)
    {
        var path = Path.Combine(site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
    }
}
