using System.Globalization;
using System.Text;
using FabMob.Content;
using static FabMob.Tests.Shared.AssociationRepositoryText;

namespace FabMob.Tests.Shared;

/// <summary>
/// Writes <c>contenu/articles/YYYY/*.md</c> with their pictures and default covers: file names, front matter and
/// bodies in the variety real editors produce (see <see cref="AssociationRepository"/>).
/// </summary>
internal sealed class AssociationRepositoryArticles(AssociationRepositoryFiles files, int count, int seed)
{
    private static readonly string[] TagPool =
    [
        "covoiturage", "vélo", "communs", "données", "territoires", "open source", "logistique", "Expérimentation",
        "ruralité", "accessibilité",
    ];

    private static readonly string[] OldCategories = ["actualites", "communs", "evenements", "non-classe"];

    private readonly List<Plan> _plans = new(count);

    /// <summary>What is decided about an article before any body is written (bodies link to each other).</summary>
    private sealed record Plan(int Index, int Year, DateTime Date, string Title, string RawName, string Slug)
    {
        public string SourcePath => $"{AssociationRepository.ArticlesFolder}/{Year}/{RawName}.md";
    }

    public IReadOnlyList<AssociationRepositoryArticle> Write()
    {
        var random = new Random(seed);
        Planning(random);
        var articles = new List<AssociationRepositoryArticle>(count);
        var withoutImage = 0;
        foreach (var plan in _plans)
        {
            articles.Add(Article(plan, random, ref withoutImage));
        }

        return articles;
    }

    /// <summary>The titles the interviews of <c>ecosystème.yaml</c> point to: one per organisation, when there are enough articles.</summary>
    public static bool IsInterview(int index) => index % 12 == 11;

    public static int InterviewOrganisation(int index) => index / 12 % Organisations.Length;

    private void Planning(Random random)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var years = AssociationRepository.LastYear - AssociationRepository.FirstYear + 1;
        for (var i = 0; i < count; i++)
        {
            var year = AssociationRepository.FirstYear + (i * years / count);
            var month = 1 + random.Next(year == AssociationRepository.LastYear ? 11 : 12);
            var day = 1 + random.Next(i % 4 == 1 ? 9 : 28);
            var date = new DateTime(year, month, day, 6 + random.Next(14), random.Next(60), random.Next(60), DateTimeKind.Unspecified);
            var title = Title(i, year);
            var rawName = FileName(i, title);
            var slug = SlugBuilder.Slugify(rawName);
            for (var n = 2; !names.Add(rawName) || !slugs.Add(slug); n++)
            {
                names.Remove(rawName);
                rawName = FileName(i, title) + $" n°{n}";
                slug = SlugBuilder.Slugify(rawName);
            }

            _plans.Add(new Plan(i, year, date, title, rawName, slug));
        }
    }

    private static string Title(int i, int year)
    {
        var topic = Topics[((i * 5) + (i / Topics.Length)) % Topics.Length];
        var place = Places[((i / 3) + (i * 7)) % Places.Length];
        var capital = Capitalize(topic.Definite);
        return (i % 12) switch
        {
            0 => $"Faire avancer {topic.Definite} par les communs",
            1 => $"{capital} {place.In} : ce que l'on retient",
            2 => $"Retour sur la rencontre {topic.Bare} {place.Of}",
            3 => $"Pourquoi {topic.Definite} {(topic.Definite.StartsWith("les ", StringComparison.Ordinal) ? "ont" : "a")} besoin de données ouvertes",
            4 => $"L'expérimentation {topic.Bare} {place.Of}, bilan {year}",
            5 => $"Appel à contributions : {topic.Definite} {place.In}",
            6 => $"Quand {topic.Definite} rencontre l'open source",
            7 => $"{capital}, état des lieux {year}",
            8 => $"Atelier « {topic.Bare} » {place.In}",
            9 => $"Les communs de la mobilité et {topic.Definite}",
            10 => $"Découvrir {topic.Definite} {place.In} en {year}",
            _ => $"Interview : {Organisations[InterviewOrganisation(i)].Name}",
        };
    }

    /// <summary>File names as editors save them: the title as is, with typographic apostrophes, underscores, ASCII, capitalised words, camel case.</summary>
    private static string FileName(int i, string title)
    {
        var plain = string.Join(' ', title.Replace(":", "", StringComparison.Ordinal).Replace("?", "", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (i % 8) switch
        {
            2 => plain.Replace('\'', '’'),
            3 => plain.Replace(' ', '_'),
            4 => string.Join('-', Ascii(plain).ToLowerInvariant().Split([' ', '\'', ',', '«', '»'], StringSplitOptions.RemoveEmptyEntries)),
            5 => string.Join(' ', plain.Split(' ').Select(w => w.Length > 2 ? Capitalize(w) : w)),
            7 => string.Concat(plain.Split([' ', '\'', ',', '«', '»'], StringSplitOptions.RemoveEmptyEntries).Take(5)
                .Select((w, k) => k == 0 ? char.ToLowerInvariant(w[0]) + w[1..] : Capitalize(w))),
            _ => plain,
        };
    }

    internal static string Ascii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .Normalize(NormalizationForm.FormC);
    }

    private AssociationRepositoryArticle Article(Plan plan, Random random, ref int withoutImage)
    {
        var i = plan.Index;
        var body = new AssociationRepositoryMarkdown(plan.SourcePath);
        var frontMatter = new StringBuilder("---\n");

        // Title: title or titre, sometimes with a space before the colon; quoted when YAML needs it.
        var titleKey = (i % 10) switch { 0 or 1 or 5 or 6 => "title", 9 => "title ", 4 => "titre ", _ => "titre" };
        frontMatter.Append(titleKey).Append(": ").Append(Yaml(plan.Title, i)).Append('\n');

        var dateWritten = (i % 4) switch
        {
            0 => plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => plan.Date.ToString("yyyy-M-d", CultureInfo.InvariantCulture),
            2 => plan.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", CultureInfo.InvariantCulture),
            _ => "'" + plan.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + "'",
        };
        frontMatter.Append("date: ").Append(dateWritten).Append('\n');

        var first = People[i % People.Length];
        var second = People[(i + 5) % People.Length];
        frontMatter.Append((i % 4) switch
        {
            0 => $"author: {first}\n",
            1 => $"authors:\n  - {first}\n  - {second}\n",
            2 => $"authors: [{first}]\n",
            _ => "",
        });

        var tags = Tags(i, random, frontMatter);

        frontMatter.Append((i % 5) switch
        {
            0 or 4 => "categories: articles\n",
            1 => "categories: [articles, communs]\n",
            2 => "categories:\n  - articles\n",
            _ => "",
        });

        if (i % 3 == 0)
        {
            frontMatter.Append("description: ").Append(Yaml($"Ce que nous retenons de « {plan.Title} », en quelques lignes.", i + 1)).Append('\n');
        }

        var (kind, written, coverPath, coverUrl) = Cover(plan, ref withoutImage);
        if (written is not null)
        {
            frontMatter.Append("image: ").Append(written).Append('\n');
            body.Picture(new AssociationRepositoryPicture(plan.SourcePath, written.Trim('"'), coverPath,
                AssociationRepositoryPictureSyntax.FrontMatter));
        }

        frontMatter.Append("---\n\n");
        Body(plan, random, body);

        var crlf = i % 50 == 17;
        var bom = i % 70 == 33;
        files.Text(plan.SourcePath, frontMatter + body.ToString(), bom, crlf);
        return new AssociationRepositoryArticle
        {
            SourcePath = plan.SourcePath,
            RawName = plan.RawName,
            Slug = plan.Slug,
            Year = plan.Year,
            Date = DateOnly.FromDateTime(plan.Date),
            DateWritten = dateWritten,
            Title = plan.Title,
            Tags = tags,
            CoverKind = kind,
            CoverWritten = written?.Trim('"'),
            CoverPath = coverPath,
            CoverUrl = coverUrl,
            WordCount = body.Words,
            LastSentence = body.LastSentence,
            LineBreaks = body.LineBreaks,
            IframeHosts = body.IframeHosts,
            HasSelfClosingIframe = body.HasSelfClosingIframe,
            WordsAfterSelfClosingIframe = body.WordsAfterSelfClosingIframe,
            HasStyleAttribute = body.HasStyleAttribute,
            Crlf = crlf,
            Bom = bom,
            Pictures = body.Pictures,
            Links = body.Links,
        };
    }

    /// <summary>Tags as a block list, a flow list, an empty list, an empty value, a comma string, or none; a few carry <c>imaginaires</c>.</summary>
    private static string[] Tags(int i, Random random, StringBuilder frontMatter)
    {
        var a = TagPool[random.Next(TagPool.Length)];
        var b = TagPool[random.Next(TagPool.Length)];
        string[] tags = a == b ? [a] : [a, b];
        var form = i % 6;
        if (i % 32 == 5)
        {
            tags = [AssociationRepository.ImaginairesTag, a];
            form = i % 64 == 5 ? 0 : 4;
        }

        switch (form)
        {
            case 0:
                frontMatter.Append("tags:\n").AppendJoin("", tags.Select(t => $"  - {t}\n"));
                return tags;
            case 1:
                frontMatter.Append("tags: [").AppendJoin(", ", tags).Append("]\n");
                return tags;
            case 2:
                frontMatter.Append("tags: []\n");
                return [];
            case 3:
                frontMatter.Append("tags:\n");
                return [];
            case 4:
                frontMatter.Append("tags: ").AppendJoin(", ", tags).Append('\n');
                return tags;
            default:
                return [];
        }
    }

    /// <summary>
    /// Three articles in ten name an <c>image:</c> (relative, from the repository root, a full URL, in turn); of the others,
    /// five in six have a default cover in <c>contenu/articles/couvertures/</c>.
    /// </summary>
    private (AssociationRepositoryCoverKind Kind, string? Written, string? Path, string? Url) Cover(Plan plan, ref int withoutImage)
    {
        var i = plan.Index;
        if (i % 10 < 3)
        {
            var kind = ((i / 10) + i) % 3;
            if (kind == 2)
            {
                var url = ExternalPictures[i / 3 % ExternalPictures.Length];
                return (AssociationRepositoryCoverKind.FullUrl, url, null, url);
            }

            var name = (i % 4) switch
            {
                0 => $"couverture-{Ascii(plan.Slug)}.jpg",
                1 => $"Capture d’écran {plan.Date:yyyy-MM-dd} à 10.42.{i % 60:D2}.png",
                2 => i % 8 == 2 ? $"IMG_{4000 + i}.JPG" : $"IMG_{4000 + i}.jpeg",
                _ => $"{Ascii(plan.Slug)}_une.png",
            };
            var path = $"{AssociationRepository.ArticlesFolder}/{plan.Year}/images/{name}";
            files.Picture(path, seed + i, 120, 64);
            return kind == 0
                ? (AssociationRepositoryCoverKind.Relative, i % 2 == 0 ? $"images/{name}" : $"\"images/{name}\"", path, "/" + path)
                : (AssociationRepositoryCoverKind.RootAbsolute, $"\"/{path}\"", path, "/" + path);
        }

        if (withoutImage++ % 6 == 5)
        {
            return (AssociationRepositoryCoverKind.None, null, null, null);
        }

        var cover = $"{AssociationRepository.CoversFolder}/{plan.RawName}.jpg";
        files.Picture(cover, seed + 10_000 + i, 120, 64);
        return (AssociationRepositoryCoverKind.DefaultCover, null, cover, "/" + cover);
    }

    private void Body(Plan plan, Random random, AssociationRepositoryMarkdown body)
    {
        var i = plan.Index;
        var topic = Topics[((i * 5) + (i / Topics.Length)) % Topics.Length].Definite;
        var place = Places[((i / 3) + (i * 7)) % Places.Length].In;
        var breaks = i % 6 == 1;
        var iframe = i % 9 == 4;
        var selfClosing = iframe && i / 9 % 3 == 0;
        var longAfterIframe = i == 4;
        var sections = breaks ? 3 : 2 + random.Next(3);

        body.Paragraph(Sentences(random, topic, place, breaks ? 3 : 2 + random.Next(3)), breaks);
        for (var s = 0; s < sections; s++)
        {
            body.Heading(s % 3 == 2 ? 3 : 2, Headings[(i + s) % Headings.Length]);
            var sentences = Sentences(random, topic, place, breaks ? 3 + random.Next(3) : 2 + random.Next(4));
            if (s == 0)
            {
                sentences.Insert(1, LinkSentence(plan, random, body));
            }

            body.Paragraph(sentences, breaks);
            switch ((i + s) % 4)
            {
                case 0:
                    body.List([.. Enumerable.Range(0, 3).Select(k => Capitalize(ListItems[(i + s + k) % ListItems.Length]))], ordered: false);
                    break;
                case 1 when s == 1:
                    body.List([.. Enumerable.Range(0, 2 + (i % 3)).Select(k => Capitalize(ListItems[(i + k) % ListItems.Length]) + ".")], ordered: true);
                    break;
                case 2:
                    BodyPicture(plan, s, body);
                    break;
                default:
                    break;
            }

            if (s == 1 && iframe)
            {
                Iframe(i, selfClosing, body);
                if (longAfterIframe)
                {
                    LongText(random, topic, place, body);
                }
                else if (selfClosing)
                {
                    body.Paragraph(Sentences(random, topic, place, 4), breaks);
                }
            }

            if (s == 0 && i % 17 == 3)
            {
                StyledBlock(i, body);
            }
        }

        if (breaks)
        {
            // An address or a signature block: lines without punctuation, as editors type them.
            body.Paragraph([new("La Fabrique des Mobilités", "La Fabrique des Mobilités"), new($"Groupe de travail {Capitalize(topic)}", $"Groupe de travail {Capitalize(topic)}"),
                new("Contact : bonjour@fabmob.example", "Contact : bonjour@fabmob.example")], lineBreaks: true);
        }

        var closing = Sentences(random, topic, place, 2);
        closing.Add(AssociationRepositoryMarkdown.Sentence($"Merci à toutes celles et ceux qui ont contribué à « {plan.Title} »."));
        body.Paragraph(closing, breaks);
    }

    private static List<AssociationRepositoryMarkdown.Inline> Sentences(Random random, string topic, string place, int n)
    {
        var start = random.Next(AssociationRepositoryText.Sentences.Length);
        var step = 1 + random.Next(7);
        return [.. Enumerable.Range(0, n).Select(k => AssociationRepositoryMarkdown.Sentence(
            AssociationRepositoryText.Sentences[(start + (k * step)) % AssociationRepositoryText.Sentences.Length]
                .Replace("{s}", topic, StringComparison.Ordinal).Replace("{p}", place, StringComparison.Ordinal)))];
    }

    /// <summary>A sentence with a link to another article (relative file, <c>/blog/</c>, old domain, old path), a page or a document.</summary>
    private AssociationRepositoryMarkdown.Inline LinkSentence(Plan plan, Random random, AssociationRepositoryMarkdown body)
    {
        var i = plan.Index;
        var target = _plans[((i * 37) + 11) % _plans.Count];
        if (target == plan)
        {
            target = _plans[(i + 1) % _plans.Count];
        }

        var choice = random.Next(4) == 0 ? 9 : i % 7;
        AssociationRepositoryMarkdown.Inline link;
        switch (choice)
        {
            case 0 or 1:
                var relative = target.Year == plan.Year ? (i % 2 == 0 ? "./" : "") : $"../{target.Year}/";
                var href = i % 3 == 0 ? $"<{relative}{target.RawName}.md>" : relative + SpacesEncoded(target.RawName) + ".md";
                link = body.Link(target.Title, AssociationRepositoryLinkKind.RelativeFile, href, target.SourcePath, target.Slug);
                break;
            case 2 or 3:
                var blog = "/blog/" + (i % 2 == 0 ? Uri.EscapeDataString(target.RawName) : SpacesEncoded(target.RawName));
                link = body.Link("cet article", AssociationRepositoryLinkKind.BlogPath, blog, target.SourcePath, target.Slug);
                break;
            case 4:
                var old = i % 3 == 0
                    ? $"https://www.lafabriquedesmobilites.fr/articles/{OldCategories[i % OldCategories.Length]}/{Uri.EscapeDataString(target.RawName)}"
                    : $"http://lafabriquedesmobilites.fr/articles/{Uri.EscapeDataString(target.RawName)}";
                link = body.Link("notre ancien article", AssociationRepositoryLinkKind.OldDomain, old, target.SourcePath, target.Slug);
                break;
            case 5:
                var oldPath = $"/articles/{OldCategories[i % OldCategories.Length]}/{Uri.EscapeDataString(target.RawName)}";
                link = body.Link("l'article d'origine", AssociationRepositoryLinkKind.OldPath, oldPath, target.SourcePath, target.Slug);
                break;
            case 6:
                var page = AssociationRepository.PageNames[i % AssociationRepository.PageNames.Count];
                link = body.Link("la page dédiée", AssociationRepositoryLinkKind.Page, "/à-propos/" + page, $"contenu/{page}.md", SlugBuilder.Slugify(page));
                break;
            default:
                var document = AssociationRepository.DocumentNames[i % AssociationRepository.DocumentNames.Count];
                link = body.Link("le document", AssociationRepositoryLinkKind.Document, "/documents/" + SpacesEncoded(document.File),
                    "documents/" + document.File, null);
                break;
        }

        return new AssociationRepositoryMarkdown.Inline($"Pour le détail, lisez {link.Markdown}.", $"Pour le détail, lisez {link.Visible}.");
    }

    /// <summary>A picture in the body: relative, from the repository root (sometimes another year's), a full URL, or an HTML <c>img</c>.</summary>
    private void BodyPicture(Plan plan, int section, AssociationRepositoryMarkdown body)
    {
        var i = plan.Index;
        var folder = $"{AssociationRepository.ArticlesFolder}/{plan.Year}/images";
        switch (((i / 4) + section) % 6)
        {
            case 0:
                var name = $"schema-{i}-{section}.png";
                files.Picture($"{folder}/{name}", seed + 20_000 + i);
                body.Picture("Schéma du dispositif", $"images/{name}", $"{folder}/{name}", AssociationRepositoryPictureSyntax.Markdown);
                break;
            case 1:
                var year = i % 4 == 1 && plan.Year > AssociationRepository.FirstYear ? plan.Year - 1 : plan.Year;
                var path = $"{AssociationRepository.ArticlesFolder}/{year}/images/photo-atelier-{i}.jpg";
                files.Picture(path, seed + 30_000 + i);
                body.Picture("", "/" + path, path, AssociationRepositoryPictureSyntax.Markdown);
                break;
            case 2:
                body.Picture("Illustration", ExternalPictures[(i + 3) % ExternalPictures.Length], null, AssociationRepositoryPictureSyntax.Markdown);
                break;
            case 3:
                var spaced = $"Capture d’écran atelier {i}.png";
                files.Picture($"{folder}/{spaced}", seed + 40_000 + i);
                var written = i % 2 == 0 ? $"<images/{spaced}>" : "images/" + SpacesEncoded(spaced);
                body.Picture("Capture d’écran", written, $"{folder}/{spaced}", AssociationRepositoryPictureSyntax.Markdown);
                break;
            case 4:
                var html = $"carte-{i}.jpg";
                files.Picture($"{folder}/{html}", seed + 50_000 + i);
                body.Picture("Carte des trajets", i % 2 == 0 ? $"images/{html}" : $"/{folder}/{html}", $"{folder}/{html}",
                    AssociationRepositoryPictureSyntax.Html, i % 3 == 0 ? "width: 60%; display: block; margin: auto;" : null);
                break;
            default:
                var wiki = ExternalPictures[4 + (i % 2)];
                body.Picture("Schéma issu du wiki", wiki, null, AssociationRepositoryPictureSyntax.Markdown);
                break;
        }
    }

    private static void StyledBlock(int i, AssociationRepositoryMarkdown body)
    {
        var text = "Les inscriptions sont ouvertes à toutes et à tous, sans condition.";
        if (i % 2 == 0)
        {
            body.Html($"<p style=\"text-align: center;\"><strong>{text}</strong></p>", text, hasStyle: true);
        }
        else
        {
            body.Html($"<div style=\"background-color: #9dcdd7; padding: 1em;\">\n{text}\n</div>", text, hasStyle: true);
        }
    }

    /// <summary>Embeds from slideshare, Google Docs, miro, YouTube, OpenStreetMap; some written self-closing, as one real article does.</summary>
    private static void Iframe(int i, bool selfClosing, AssociationRepositoryMarkdown body)
    {
        var (host, src, attributes, style) = (i / 9 % 6) switch
        {
            0 => ("www.slideshare.net", $"https://www.slideshare.net/slideshow/embed_code/key/aB3dE{i}fG7hJ", "width=\"595\" height=\"485\" frameborder=\"0\" marginwidth=\"0\" marginheight=\"0\" scrolling=\"no\"",
                "border:1px solid #CCC; border-width:1px; margin-bottom:5px; max-width: 100%;"),
            1 => ("docs.google.com", $"https://docs.google.com/presentation/d/e/2PACX-1vQ{i}xYz/embed?start=false&loop=false&delayms=3000", "frameborder=\"0\" width=\"960\" height=\"569\" allowfullscreen=\"true\" mozallowfullscreen=\"true\" webkitallowfullscreen=\"true\"", null),
            2 => ("miro.com", $"https://miro.com/app/live-embed/uXjVN{i}kQ=/?moveToViewport=-1200,-600,2400,1200&embedId=3{i}", "width=\"768\" height=\"432\" frameborder=\"0\" scrolling=\"no\" allow=\"fullscreen; clipboard-read; clipboard-write\" allowfullscreen", null),
            3 => ("www.youtube.com", $"https://www.youtube.com/embed/Zx{i}Qp9LmWs", "width=\"560\" height=\"315\" title=\"YouTube video player\" frameborder=\"0\" allow=\"accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture\" allowfullscreen", null),
            4 => ("www.openstreetmap.org", "https://www.openstreetmap.org/export/embed.html?bbox=4.78%2C45.70%2C4.92%2C45.79&layer=cyclemap", "width=\"425\" height=\"350\" frameborder=\"0\" scrolling=\"no\"", "border: 1px solid black"),
            _ => ("docs.google.com", $"https://docs.google.com/forms/d/e/1FAIpQLSd{i}Fq/viewform?embedded=true", "width=\"640\" height=\"800\" frameborder=\"0\" marginheight=\"0\" marginwidth=\"0\"", null),
        };
        var styleAttribute = style is null ? "" : $" style=\"{style}\"";
        var html = selfClosing
            ? $"<iframe src=\"{src}\" {attributes}{styleAttribute} />"
            : $"<iframe src=\"{src}\" {attributes}{styleAttribute}></iframe>";
        body.Iframe(html, host, selfClosing, style is not null);
    }

    /// <summary>About 1,700 words after the self-closing iframe of one article (the real one loses them to a sanitiser).</summary>
    private static void LongText(Random random, string topic, string place, AssociationRepositoryMarkdown body)
    {
        var start = body.Words;
        for (var part = 0; body.Words - start < 1_700; part++)
        {
            if (part % 4 == 3)
            {
                body.Heading(3, $"{Headings[part % Headings.Length]} ({part / 4 + 1})");
            }

            body.Paragraph(Sentences(random, topic, place, 4 + random.Next(3)), lineBreaks: false);
        }
    }

    private static string SpacesEncoded(string name) => name.Replace(" ", "%20", StringComparison.Ordinal);

    /// <summary>A YAML scalar: plain when safe, else single or double quoted (editors use both).</summary>
    internal static string Yaml(string value, int variant)
    {
        var plainSafe = !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && "'\"«[{&*!|>%@`#-?,".IndexOf(value[0], StringComparison.Ordinal) < 0;
        if (plainSafe && variant % 3 != 0)
        {
            return value;
        }

        return variant % 2 == 0 || value.Contains('"', StringComparison.Ordinal)
            ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
