using System.Globalization;
using System.Text;
using FabMob.Tests.Shared;

namespace FabMob.Bench.Corpus;

/// <summary>One generated article, as the site and Hugo each receive it.</summary>
internal sealed record GeneratedArticle(
    int Index,
    string Folder,
    string Name,
    bool Published,
    string SiteText,
    string HugoText,
    bool Bom,
    bool Crlf)
{
    public string RelativeFile => $"{Folder}/{Name}.md";
}

/// <summary>
/// Writes N articles of realistic French Markdown under <c>blog/</c>, in every front matter shape DESIGN.md lists
/// (French and English keys, four date formats, Grav taxonomy maps, empty tags, file names with spaces,
/// apostrophes, accents and capitals, no front matter, covers relative to the file, drafts, future dates),
/// with a small real PNG per article. The Hugo copy gets the same bodies under front matter Hugo accepts.
/// Deterministic for a seed.
/// </summary>
internal sealed class CorpusWriter(int count, int seed)
{
    /// <summary>Slug of the article the load tests ask for (always published, with a full body).</summary>
    public const string ReferenceSlug = "article-de-reference";

    /// <summary>Slug of a long article (about 25 minutes of reading) the load tests ask for: the write path of a large body.</summary>
    public const string LongSlug = "article-long";

    /// <summary>Slug of the article the edit-to-served test modifies (ASCII file name, published).</summary>
    public const string EditSlug = "article-a-modifier";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly List<GeneratedArticle> _articles = new(count);

    public int ReferenceIndex { get; } = count / 2;

    public int EditIndex { get; } = count / 3;

    public int LongIndex { get; } = (count / 2) + 1;

    public IReadOnlyList<GeneratedArticle> Articles => _articles;

    public void Generate()
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            _articles.Add(Article(i, random));
        }
    }

    public void WriteSite(string root)
    {
        WriteText(Path.Combine(root, "blog", "_index.md"), BlogIndex(hugo: false), bom: false);
        foreach (var article in _articles)
        {
            var text = article.Crlf ? article.SiteText.ReplaceLineEndings("\r\n") : article.SiteText;
            WriteText(Path.Combine(root, article.Folder, article.Name + ".md"), text, article.Bom);
            WriteImages(root, article);
        }
    }

    /// <summary>The Hugo copy: LF, no BOM, Hugo front matter, same bodies and images (under <c>content/</c>, beside the pages).</summary>
    public void WriteHugo(string site)
    {
        var content = Path.Combine(site, "content");
        WriteText(Path.Combine(content, "blog", "_index.md"), BlogIndex(hugo: true), bom: false);
        foreach (var article in _articles)
        {
            WriteText(Path.Combine(content, article.Folder, article.Name + ".md"), article.HugoText, bom: false);
            WriteImages(content, article);
        }
    }

    private static string BlogIndex(bool hugo) =>
        (hugo ? "---\ntitle: Blog\n" : "---\ntitre: Blog\n") +
        "description: Les articles de la Fabrique des Mobilités.\n---\n\n" +
        "Les expérimentations, les communs et la vie de l'association, racontés par celles et ceux qui les font.\n";

    private static void WriteImages(string root, GeneratedArticle article)
    {
        var images = Path.Combine(root, article.Folder, "images");
        Directory.CreateDirectory(images);
        File.WriteAllBytes(Path.Combine(images, $"illustration-{article.Index}.png"),
            PngWriter.Create(48 + (article.Index % 5 * 16), 32 + (article.Index % 3 * 16), article.Index));
        if (article.Index % 5 == 0)
        {
            File.WriteAllBytes(Path.Combine(images, $"couverture-{article.Index}.png"),
                PngWriter.Create(120, 63, article.Index + 1_000_000));
        }
    }

    private static void WriteText(string path, string text, bool bom)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, bom ? Utf8Bom : Utf8NoBom);
    }

    private GeneratedArticle Article(int i, Random random)
    {
        var subject = FrenchText.Subjects[i % FrenchText.Subjects.Length];
        var place = FrenchText.Places[random.Next(FrenchText.Places.Length)];
        var year = 2014 + (i % 11);
        var reference = i == ReferenceIndex || i == LongIndex;
        var edit = i == EditIndex;
        var scheduled = !reference && !edit && i % 50 == 13;
        var draft = !reference && !edit && i % 50 == 7;
        var date = scheduled
            ? new DateTime(2099, 1 + random.Next(12), 1 + random.Next(28), 9, 30, 0, DateTimeKind.Unspecified)
            : new DateTime(year, 1 + random.Next(12), 1 + random.Next(28), random.Next(24), random.Next(60), 0, DateTimeKind.Unspecified);
        var title = $"{FrenchText.Capitalize(subject)} à {place} : l'expérimentation n°{i}";
        var folder = i % 13 == 0 ? "blog" : $"blog/{year}";
        var name = edit ? $"article-{i}" : (i % 6) switch
        {
            0 => $"Aller vers le {subject} par l'expérimentation {i}",
            1 => $"{subject.Replace(' ', '_')}_{place.Replace("l'", "", StringComparison.Ordinal)}-{i}",
            2 => $"{FrenchText.Capitalize(subject)} à {place} {i}",
            3 => $"article-{i}",
            4 => $"L’expérience {subject} en {year} n°{i}",
            _ => $"Retour d'expérience - {place} ({i})",
        };
        var hasFrontMatter = reference || edit || i % 17 != 5;

        var site = new StringBuilder();
        var hugo = new StringBuilder();
        if (hasFrontMatter)
        {
            FrontMatter(i, random, title, subject, date, draft, folder, reference, edit, i == LongIndex, site, hugo);
        }

        var body = Body(i, random, title, subject, place, withHeading: !hasFrontMatter || i % 10 == 2);
        site.Append(body);
        hugo.Append(body);
        return new GeneratedArticle(i, folder, name, !draft && !scheduled, site.ToString(), hugo.ToString(),
            Bom: i % 11 == 3, Crlf: i % 9 == 4);
    }

    private static void FrontMatter(int i, Random random, string title, string subject, DateTime date, bool draft, string folder, bool reference, bool edit, bool isLong,
        StringBuilder site, StringBuilder hugo)
    {
        site.Append("---\n");
        hugo.Append("---\n");

        // Title: French or English key, any case, double or single quotes.
        var titleKey = (i % 3) switch { 0 => "titre", 1 => "title", _ => "Titre" };
        site.Append(titleKey).Append(": ").Append(i % 2 == 0 ? DoubleQuoted(title) : SingleQuoted(title)).Append('\n');
        hugo.Append("title: ").Append(DoubleQuoted(title)).Append('\n');

        // Date: the four formats, under date or publish_date. Hugo refuses '24-03-2015': it gets ISO 8601.
        site.Append(i % 3 == 0 ? "publish_date" : "date").Append(": ").Append((i % 4) switch
        {
            0 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            2 => "'" + date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + "'",
            _ => "'" + date.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + "'",
        }).Append('\n');
        hugo.Append("date: ").Append(date.ToString(i % 4 == 1 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture))
            .Append('\n');

        // Authors: a string or a list, four keys.
        var first = FrenchText.People[i % FrenchText.People.Length];
        var second = FrenchText.People[(i + 1) % FrenchText.People.Length];
        site.Append((i % 4) switch
        {
            0 => $"auteur: {first}\n",
            1 => $"author: {first}\n",
            2 => $"auteurs: [{first}, {second}]\n",
            _ => $"authors:\n  - {first}\n  - {second}\n",
        });
        hugo.Append(i % 4 < 2 ? $"authors: [{first}]\n" : $"authors: [{first}, {second}]\n");

        if (i % 3 == 0)
        {
            var description = $"Ce que l'expérimentation n°{i} nous a appris, en quelques chiffres et retours de terrain.";
            site.Append("description: ").Append(description).Append('\n');
            hugo.Append("description: ").Append(DoubleQuoted(description)).Append('\n');
        }

        var summaryKey = (i % 7) switch { 0 => "résumé", 1 => "resume", 2 => "summary", _ => null };
        if (summaryKey is not null)
        {
            var summary = $"Un résumé écrit à la main pour l'article {i}, affiché dans les listes.";
            site.Append(summaryKey).Append(": ").Append(DoubleQuoted(summary)).Append('\n');
            hugo.Append("summary: ").Append(DoubleQuoted(summary)).Append('\n');
        }

        // Cover: relative to the file, site path, absolute URL.
        var cover = (i % 5) switch
        {
            0 => $"images/couverture-{i}.png",
            1 => $"/{folder}/images/illustration-{i}.png",
            2 => $"https://images.example.org/fabmob/{i}.jpg",
            _ => null,
        };
        if (cover is not null)
        {
            site.Append("image: ").Append(cover).Append('\n');
            hugo.Append("image: ").Append(cover).Append('\n');
        }

        // Tags and categories: flow list, comma-separated text, Grav taxonomy (block and flow maps), empty, French key.
        var tagA = FrenchText.Tags[random.Next(FrenchText.Tags.Length)];
        var tagB = FrenchText.Tags[random.Next(FrenchText.Tags.Length)];
        var category = FrenchText.Categories[i % FrenchText.Categories.Length];
        string[] tags = [tagA, tagB];
        string[] categories = [];
        switch (i % 6)
        {
            case 0:
                site.Append(CultureInfo.InvariantCulture, $"tags: [{tagA}, {tagB}]\n");
                break;
            case 1:
                site.Append(CultureInfo.InvariantCulture, $"tags: {tagA}, {tagB}\n");
                break;
            case 2:
                site.Append(CultureInfo.InvariantCulture, $"taxonomy:\n  tag: [{tagA}, {tagB}]\n  category: [{DoubleQuoted(category)}]\n");
                categories = [category];
                break;
            case 3:
                site.Append("tags:\n");
                tags = [];
                break;
            case 4:
                site.Append(CultureInfo.InvariantCulture, $"étiquettes:\n  - {tagA}\n  - {tagB}\n");
                break;
            default:
                site.Append(CultureInfo.InvariantCulture, $"taxonomy: {{tag: [{tagA}], category: [{DoubleQuoted(category)}]}}\n");
                tags = [tagA];
                categories = [category];
                break;
        }

        if (categories.Length == 0 && i % 4 != 3)
        {
            categories = i % 4 == 2 ? ["Actualités", "Communs"] : [category];
            site.Append((i % 4) switch
            {
                0 => $"catégories: [{DoubleQuoted(category)}]\n",
                1 => $"categories:\n  - {DoubleQuoted(category)}\n",
                _ => "categories: Actualités, Communs\n",
            });
        }

        hugo.Append("tags: [").AppendJoin(", ", tags.Select(DoubleQuoted)).Append("]\n");
        hugo.Append("categories: [").AppendJoin(", ", categories.Select(DoubleQuoted)).Append("]\n");

        var slug = isLong ? LongSlug : reference ? ReferenceSlug : edit ? EditSlug : i % 20 == 3 ? $"retour-{i}-{subject.Replace(' ', '-')}" : null;
        if (slug is not null)
        {
            site.Append("slug: ").Append(DoubleQuoted(slug)).Append('\n');
            hugo.Append("slug: ").Append(DoubleQuoted(slug)).Append('\n');
        }

        if (i % 25 == 0)
        {
            site.Append(i % 50 == 0 ? $"aliases:\n  - /ancien/article-{i}\n" : $"alias: /vieux-site/{i}.html\n");
            hugo.Append(i % 50 == 0 ? $"aliases: [/ancien/article-{i}]\n" : $"aliases: [/vieux-site/{i}.html]\n");
        }

        if (draft)
        {
            site.Append(i % 2 == 0 ? "brouillon: true\n" : "draft: true\n");
            hugo.Append("draft: true\n");
        }

        if (i % 40 == 9)
        {
            site.Append(i % 80 == 9 ? "gabarit: page\n" : "layout: page\n");
        }

        if (i % 100 == 11)
        {
            site.Append("menu: principal\nordre: 3\n");
            hugo.Append("weight: 3\n");
        }
        else if (i % 100 == 61)
        {
            site.Append("weight: 5\n");
            hugo.Append("weight: 5\n");
        }

        if (i % 8 == 1)
        {
            site.Append("lieu: ").Append(FrenchText.Places[i % FrenchText.Places.Length]).Append("\npartenaires: [Ademe, Cerema]\n");
            hugo.Append("lieu: ").Append(DoubleQuoted(FrenchText.Places[i % FrenchText.Places.Length])).Append("\npartenaires: [Ademe, Cerema]\n");
        }

        site.Append("---\n\n");
        hugo.Append("---\n\n");
    }

    private string Body(int i, Random random, string title, string subject, string place, bool withHeading)
    {
        var body = new StringBuilder();
        if (withHeading)
        {
            body.Append("# ").Append(title).Append("\n\n");
        }

        Paragraph(body, random, subject, place, 3 + random.Next(3), withLink: i);
        var sections = i == LongIndex ? 60 : i == ReferenceIndex ? 5 : 2 + random.Next(5);
        for (var s = 0; s < sections; s++)
        {
            body.Append("## ").Append(FrenchText.Headings[(i + s) % FrenchText.Headings.Length]).Append("\n\n");
            Paragraph(body, random, subject, place, 2 + random.Next(4), withLink: -1);
            Block(body, i, (i + s) % 9, random, subject);
            if (random.Next(3) == 0)
            {
                body.Append("### Détail ").Append(s + 1).Append("\n\n");
                Paragraph(body, random, subject, place, 2 + random.Next(3), withLink: -1);
            }
        }

        body.Append("Voir aussi [l'association](/à-propos), [le blog](/blog)");
        var other = OtherArticle(i, random);
        if (other is not null)
        {
            body.Append(" et [un article voisin](").Append(RelativeLink(i, other)).Append(')');
        }

        body.Append(".\n");
        if (i % 30 == 0)
        {
            body.Append("\n[<button>Adhérez !</button>](https://www.helloasso.com/associations/la-fabrique-des-mobilites/adhesions/adhesions-2021-2022)\n");
        }

        if ((i + 4) % 9 == 0)
        {
            body.Append("\nLes sources sont citées en note[^1].\n\n[^1]: Rapport d'activité, ").Append(2014 + (i % 11)).Append(".\n");
        }

        return body.ToString();
    }

    private static void Paragraph(StringBuilder body, Random random, string subject, string place, int sentences, int withLink)
    {
        var start = random.Next(FrenchText.Sentences.Length);
        var step = 1 + random.Next(5);
        for (var k = 0; k < sentences; k++)
        {
            var sentence = FrenchText.Sentences[(start + (k * step)) % FrenchText.Sentences.Length].Replace("{s}", subject, StringComparison.Ordinal)
                .Replace("{p}", place, StringComparison.Ordinal);
            if (k == 1 && withLink >= 0)
            {
                sentence += $" Le détail est dans la [documentation du projet](https://wiki.lafabriquedesmobilites.fr/wiki/Projet_{withLink}).";
            }

            body.Append(k == 0 ? "" : " ").Append(sentence);
        }

        body.Append("\n\n");
    }

    private static void Block(StringBuilder body, int i, int kind, Random random, string subject)
    {
        switch (kind)
        {
            case 0:
                foreach (var item in FrenchText.ListItems.Skip(random.Next(4)).Take(3 + random.Next(3)))
                {
                    body.Append("- ").Append(FrenchText.Capitalize(item)).Append('\n');
                }

                body.Append("  - avec une [source](https://example.org/source-").Append(i).Append(")\n\n");
                break;
            case 1:
                body.Append("![Illustration de l'expérimentation ").Append(i).Append("](images/illustration-").Append(i).Append(".png)\n\n");
                break;
            case 2:
                body.Append("| Indicateur | Avant | Après |\n|---|---:|---:|\n")
                    .Append("| Trajets partagés | ").Append(10 + random.Next(40)).Append(" | ").Append(50 + random.Next(200)).Append(" |\n")
                    .Append("| Coût par trajet | 4,10 € | 2,30 € |\n| Satisfaction | 61 % | ").Append(70 + random.Next(30)).Append(" % |\n\n");
                break;
            case 3:
                body.Append("> ").Append(FrenchText.Quotes[random.Next(FrenchText.Quotes.Length)]).Append("\n>\n> — ")
                    .Append(FrenchText.People[random.Next(FrenchText.People.Length)]).Append("\n\n");
                break;
            case 4:
                body.Append("Les données sont publiées au format `GTFS` ; pour les récupérer :\n\n```sh\ncurl -sSfL https://transport.data.gouv.fr/api/datasets \\\n  -o jeux-de-donnees.json\n```\n\n");
                break;
            case 5:
                body.Append("1. Repérer les besoins du territoire\n2. Réunir les acteur·rice·s\n   1. collectivités\n   2. associations\n3. Expérimenter, mesurer, publier\n\n");
                break;
            case 6:
                body.Append("- [x] Cartographie de l'existant\n- [x] Ateliers avec les habitant·e·s\n- [ ] Passage à l'échelle\n\n");
                break;
            case 7:
                body.Append("Le <abbr title=\"").Append(FrenchText.Capitalize(subject)).Append("\">projet</abbr> est suivi par un comité ouvert.<br>\n")
                    .Append("Configuration type :\n\n```yaml\nservice: ").Append(subject.Replace(' ', '-')).Append("\nzone: 42\nouvert: true\n```\n\n");
                break;
            default:
                body.Append("**À retenir** : *").Append(FrenchText.ListItems[random.Next(FrenchText.ListItems.Length)].TrimEnd(';', '.', ' '))
                    .Append("*.\n\n");
                break;
        }
    }

    private GeneratedArticle? OtherArticle(int i, Random random)
    {
        if (i == 0)
        {
            return null;
        }

        var other = _articles[i - 1 - random.Next(Math.Min(i, 40))];
        return other.Published ? other : null;
    }

    /// <summary>A link relative to the file, with <c>&lt;…&gt;</c> when the name holds spaces, as editors write it.</summary>
    private static string RelativeLink(int i, GeneratedArticle target)
    {
        var year = 2014 + (i % 11);
        var from = i % 13 == 0 ? "blog" : $"blog/{year}";
        var path = Path.GetRelativePath(from, target.RelativeFile).Replace('\\', '/');
        return path.Contains(' ', StringComparison.Ordinal) || path.Contains('(', StringComparison.Ordinal) ? $"<{path}>" : path;
    }

    private static string DoubleQuoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string SingleQuoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
