namespace FabMob.Tests.Shared;

/// <summary>
/// Generates a repository in the association's layout (issue 14), for tests and manual tries: we neither have nor
/// copy the real one, so every text, name and picture here is invented, in the shapes and the variety its editors
/// produce. Deterministic: the same arguments write the same bytes.
/// <list type="bullet">
/// <item><c>contenu/articles/YYYY/*.md</c> (2014–2026) with <c>images/</c> beside them and default covers in
/// <c>contenu/articles/couvertures/{file name}.jpg</c>;</item>
/// <item><c>contenu/*.md</c> pages and <c>contenu/*.yaml</c> data (ecosystème, événements, communs, publications, mécénat);</item>
/// <item><c>images/nous/</c>, <c>images/partenaires/</c>, <c>images/illustrations_evenements/</c>, <c>images/fabmob_cmjn1.svg</c>,
/// <c>documents/*.pdf</c>;</item>
/// <item>the React app's own files (README.md, package.json, src/, public/, .gitignore, .github/) the site must ignore.</item>
/// </list>
/// Also compiled into bench/FabMob.Bench.Corpus (<c>--association DIR</c>) to write a tree by hand.
/// </summary>
internal static class AssociationRepository
{
    public const int DefaultArticleCount = 192;
    public const int DefaultSeed = 14;
    public const int FirstYear = 2014;
    public const int LastYear = 2026;
    public const string ArticlesFolder = "contenu/articles";
    public const string CoversFolder = "contenu/articles/couvertures";
    public const string LogoPath = "images/fabmob_cmjn1.svg";
    public const string ImaginairesTag = "imaginaires";

    /// <summary>The site's old host names, as bodies link to them.</summary>
    public static readonly IReadOnlyList<string> OwnHosts = ["lafabriquedesmobilites.fr", "www.lafabriquedesmobilites.fr"];

    /// <summary>The pages <c>contenu/{name}.md</c>.</summary>
    public static readonly IReadOnlyList<string> PageNames =
    [
        "manifeste", "feuille_de_route", "travailler", "statuts", "tarifs", "opensource", "pourquoi", "solution", "prestations",
        "urgence", "mentions-légales-et-données", "CGU-Agremob", "commentRejoindreProjet", "gouvernance", "faq", "adhérer",
        "Charte_des_communs", "contact",
    ];

    /// <summary>The PDFs of <c>documents/</c> and the title on their page.</summary>
    public static readonly IReadOnlyList<(string File, string Title)> DocumentNames =
    [
        ("statuts.pdf", "Statuts de l'association"), ("Plaquette FabMob.pdf", "Plaquette de presentation"),
        ("rapport-activite-2023.pdf", "Rapport d'activite 2023"), ("reglement_interieur.pdf", "Reglement interieur"),
    ];

    /// <summary>
    /// Writes the tree under <paramref name="root"/> (created if missing; existing files of the same paths are replaced)
    /// and says what it wrote. <paramref name="today"/> only decides which events are upcoming (their dates are relative to it).
    /// </summary>
    public static AssociationRepositoryManifest Write(string root, DateOnly today, int articleCount = DefaultArticleCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articleCount, 1);
        var files = new AssociationRepositoryFiles(root);
        var articles = new AssociationRepositoryArticles(files, articleCount, seed).Write();

        var data = new AssociationRepositoryData(files, articles, seed + 1);
        data.Write(today);
        var pages = new AssociationRepositoryPages(files, articles, seed + 2).Write(data.TeamPictures, data.EventPictures);

        foreach (var (file, title) in DocumentNames)
        {
            files.Pdf("documents/" + file, title);
        }

        files.Svg(LogoPath, Logo);
        // Pictures nobody links to, as in any real repository.
        files.Picture("images/nous/photo-de-groupe-2019.jpg", seed + 3, 160, 96);
        files.Picture("images/partenaires/ancien-logo.png", seed + 4, 80, 40);
        files.Picture($"{ArticlesFolder}/{FirstYear}/images/brouillon non utilisé.png", seed + 5);

        var ignored = RootFiles(files);
        return new AssociationRepositoryManifest
        {
            Root = root,
            Seed = seed,
            Today = today,
            Articles = articles,
            Pages = pages,
            Pictures = [.. files.Pictures],
            Documents = [.. files.Documents],
            Members = data.Members,
            Events = data.Events,
            Communs = AssociationRepositoryText.Communs,
            Publications = data.Publications,
            Missions = data.Missions,
            OldDomainLinks = [.. articles.SelectMany(a => a.Links)
                .Where(l => l.Kind is AssociationRepositoryLinkKind.OldDomain or AssociationRepositoryLinkKind.OldPath)],
            IgnoredFiles = ignored,
            DataFiles =
            [
                "contenu/ecosystème.yaml", "contenu/evenements-fabmob.yaml", "contenu/communs-fabmob.yaml",
                "contenu/publications-fabmob.yaml", "contenu/mecenat-competences.yaml",
            ],
            LogoPath = LogoPath,
        };
    }

    /// <summary>What the root of the React site's repository holds besides the content.</summary>
    private static List<string> RootFiles(AssociationRepositoryFiles files)
    {
        var written = new List<(string Path, string Text)>
        {
            ("README.md", "# Site de la Fabrique des Mobilités (dépôt d'exemple généré)\n\nLes articles sont dans `contenu/articles/`.\n\n```\nnpm install\nnpm start\n```\n"),
            ("package.json", "{\n  \"name\": \"fabmob-site\",\n  \"version\": \"0.1.0\",\n  \"private\": true,\n  \"dependencies\": {\n    \"react\": \"^18.2.0\",\n    \"react-dom\": \"^18.2.0\",\n    \"react-markdown\": \"^8.0.7\",\n    \"remark-breaks\": \"^3.0.3\"\n  },\n  \"scripts\": {\n    \"start\": \"react-scripts start\",\n    \"build\": \"react-scripts build\"\n  }\n}\n"),
            ("src/App.js", "import React from 'react';\nimport ReactMarkdown from 'react-markdown';\nimport remarkBreaks from 'remark-breaks';\n\nexport default function App({ texte }) {\n  return <ReactMarkdown remarkPlugins={[remarkBreaks]}>{texte}</ReactMarkdown>;\n}\n"),
            ("public/index.html", "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>La Fabrique des Mobilités</title></head>\n<body><div id=\"root\"></div></body>\n</html>\n"),
            (".gitignore", "node_modules/\nbuild/\n.env\n"),
            (".github/workflows/deploy.yml", "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run build\n"),
        };
        foreach (var (path, text) in written)
        {
            files.Text(path, text);
        }

        return [.. written.Select(w => w.Path)];
    }

    private const string Logo = """
        <svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80" role="img" aria-labelledby="titre">
          <title id="titre">Fabrique des Mobilités (logo de test)</title>
          <circle cx="40" cy="40" r="30" fill="#9dcdd7"/>
          <circle cx="58" cy="40" r="22" fill="#5eb8e0" opacity="0.85"/>
          <rect x="30" y="52" width="44" height="8" rx="4" fill="#97b837"/>
          <circle cx="34" cy="28" r="6" fill="#ffe000"/>
          <text x="100" y="50" font-family="Open Sans, sans-serif" font-size="28" font-weight="700" fill="#1d3b45">FabMob</text>
        </svg>

        """;
}
