using FabMob.Content;
using static FabMob.Tests.Shared.AssociationRepositoryText;

namespace FabMob.Tests.Shared;

/// <summary>Writes the pages <c>contenu/*.md</c> (manifeste, feuille_de_route, statuts…): with or without front matter, headings, lists, links, pictures.</summary>
internal sealed class AssociationRepositoryPages(AssociationRepositoryFiles files, IReadOnlyList<AssociationRepositoryArticle> articles, int seed)
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["manifeste"] = "Manifeste",
        ["feuille_de_route"] = "Feuille de route",
        ["travailler"] = "Travailler avec nous",
        ["statuts"] = "Statuts de l'association",
        ["tarifs"] = "Tarifs",
        ["opensource"] = "Open source",
        ["pourquoi"] = "Pourquoi une Fabrique ?",
        ["solution"] = "Notre solution",
        ["prestations"] = "Prestations",
        ["urgence"] = "Urgence climatique et mobilités",
        ["mentions-légales-et-données"] = "Mentions légales et données personnelles",
        ["CGU-Agremob"] = "Conditions générales d'utilisation d'Agremob",
        ["commentRejoindreProjet"] = "Comment rejoindre un projet",
        ["gouvernance"] = "Gouvernance",
        ["faq"] = "Questions fréquentes",
        ["adhérer"] = "Adhérer",
        ["Charte_des_communs"] = "Charte des communs",
        ["contact"] = "Contact",
    };

    public IReadOnlyList<AssociationRepositoryPage> Write(IReadOnlyList<string> teamPictures, IReadOnlyList<string> eventPictures)
    {
        var random = new Random(seed);
        var pages = new List<AssociationRepositoryPage>();
        for (var p = 0; p < AssociationRepository.PageNames.Count; p++)
        {
            var name = AssociationRepository.PageNames[p];
            var title = Titles[name];
            var path = $"contenu/{name}.md";
            var body = new AssociationRepositoryMarkdown(path);
            var head = (p % 4) switch
            {
                0 => $"---\ntitle: {AssociationRepositoryArticles.Yaml(title, 1)}\n---\n\n",
                1 => $"---\ntitre: {AssociationRepositoryArticles.Yaml(title, 2)}\n---\n\n",
                2 => "",
                _ => $"---\ntitre : {AssociationRepositoryArticles.Yaml(title, 3)}\ndescription: La page « {title} » de la Fabrique des Mobilités.\n---\n\n",
            };
            if (p % 4 == 2)
            {
                body.Heading(1, title);
            }

            var topic = Topics[p % Topics.Length].Definite;
            var place = Places[p % Places.Length].In;
            body.Paragraph(Sentences(random, topic, place, 3), lineBreaks: false);
            for (var s = 0; s < 2 + (p % 3); s++)
            {
                body.Heading(2, Headings[(p + s) % Headings.Length]);
                body.Paragraph(Sentences(random, topic, place, 2 + random.Next(3)), lineBreaks: p % 5 == 1);
                if (s == 0)
                {
                    body.List([.. Enumerable.Range(0, 3).Select(k => Capitalize(ListItems[(p + k) % ListItems.Length]))], ordered: p % 2 == 0);
                }
            }

            Extras(p, name, body, teamPictures, eventPictures);
            body.Paragraph(Sentences(random, topic, place, 2), lineBreaks: false);
            files.Text(path, head + body);
            pages.Add(new AssociationRepositoryPage
            {
                SourcePath = path,
                Name = name,
                Slug = SlugBuilder.Slugify(name),
                Title = title,
                HasFrontMatter = head.Length > 0,
                WordCount = body.Words,
                LastSentence = body.LastSentence,
                Pictures = body.Pictures,
                Links = body.Links,
            });
        }

        return pages;
    }

    /// <summary>Links to other pages, to an article, to documents; team and event pictures; one styled picture.</summary>
    private void Extras(int p, string name, AssociationRepositoryMarkdown body, IReadOnlyList<string> teamPictures, IReadOnlyList<string> eventPictures)
    {
        var other = AssociationRepository.PageNames[(p + 3) % AssociationRepository.PageNames.Count];
        var pieces = new List<AssociationRepositoryMarkdown.Inline>
        {
            AssociationRepositoryMarkdown.Sentence("Pour aller plus loin, lisez"),
            body.Link(Titles[other].ToLowerInvariant(), AssociationRepositoryLinkKind.Page, "/à-propos/" + other, $"contenu/{other}.md", SlugBuilder.Slugify(other)),
        };
        if (articles.Count > 0)
        {
            var article = articles[(p * 11) % articles.Count];
            pieces.Add(AssociationRepositoryMarkdown.Sentence("ou l'article"));
            pieces.Add(body.Link(article.Title, AssociationRepositoryLinkKind.BlogPath, "/blog/" + Uri.EscapeDataString(article.RawName),
                article.SourcePath, article.Slug));
        }

        body.Paragraph([new(string.Join(' ', pieces.Select(x => x.Markdown)) + ".", string.Join(' ', pieces.Select(x => x.Visible)) + ".")], lineBreaks: false);

        if (name is "statuts" or "adhérer" or "tarifs")
        {
            var document = AssociationRepository.DocumentNames[p % AssociationRepository.DocumentNames.Count];
            var link = body.Link($"Télécharger : {document.Title}", AssociationRepositoryLinkKind.Document,
                "/documents/" + document.File.Replace(" ", "%20", StringComparison.Ordinal), "documents/" + document.File, null);
            body.Paragraph([link], lineBreaks: false);
        }

        if (name is "travailler" or "gouvernance" && teamPictures.Count > 0)
        {
            var picture = teamPictures[p % teamPictures.Count];
            body.Picture("L'équipe réunie", "/" + picture, picture, AssociationRepositoryPictureSyntax.Markdown);
        }

        if (name is "pourquoi" && eventPictures.Count > 0)
        {
            var picture = eventPictures[0];
            body.Picture("Atelier de la Fabrique", "/" + picture, picture, AssociationRepositoryPictureSyntax.Html, "max-width: 100%; border-radius: 8px;");
        }

        if (name is "manifeste")
        {
            var picture = "images/fabmob_cmjn1.svg";
            body.Picture("Logo de la Fabrique des Mobilités", "/" + picture, picture, AssociationRepositoryPictureSyntax.Markdown);
        }
    }

    private static List<AssociationRepositoryMarkdown.Inline> Sentences(Random random, string topic, string place, int n)
    {
        var start = random.Next(AssociationRepositoryText.Sentences.Length);
        return [.. Enumerable.Range(0, n).Select(k => AssociationRepositoryMarkdown.Sentence(
            AssociationRepositoryText.Sentences[(start + (k * 3)) % AssociationRepositoryText.Sentences.Length]
                .Replace("{s}", topic, StringComparison.Ordinal).Replace("{p}", place, StringComparison.Ordinal)))];
    }
}
