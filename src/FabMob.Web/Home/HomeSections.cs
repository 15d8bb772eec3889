using System.Globalization;
using System.Runtime.CompilerServices;
using FabMob.Content;
using FabMob.Content.Data;
using FabMob.Web.Configuration;
using FabMob.Web.DataPages;
using FabMob.Web.Models;
using FabMob.Web.Publication;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Home;

/// <summary>
/// The sections of a home page (<c>gabarit: accueil</c>) from its front matter's <c>sections</c>
/// list, so that a site's home needs no C#. Definitions are read and their Markdown rendered once
/// per page version; what depends on the moment (latest articles, next events) is taken per request.
/// Without <c>sections</c>: the body, the latest articles and the calls to join, as before.
/// </summary>
public sealed partial class HomeSections(PublicationPolicy publication, DataPageCatalog dataPages, DataPageModels dataModels,
    DataMarkdown markdown, IOptions<SiteOptions> site, Routing.GeneratedAddresses addresses, Lists.BlogListing blog,
    ILogger<HomeSections> logger)
{
    private const int DefaultCount = 3;
    private const int MaxCount = 24;

    private static readonly Dictionary<string, HomeSectionKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["présentation"] = HomeSectionKind.Presentation, ["presentation"] = HomeSectionKind.Presentation, ["intro"] = HomeSectionKind.Presentation,
        ["actions"] = HomeSectionKind.Actions, ["appels"] = HomeSectionKind.Actions, ["boutons"] = HomeSectionKind.Actions,
        ["articles"] = HomeSectionKind.Articles, ["blog"] = HomeSectionKind.Articles,
        ["événements"] = HomeSectionKind.Events, ["evenements"] = HomeSectionKind.Events, ["events"] = HomeSectionKind.Events, ["agenda"] = HomeSectionKind.Events,
        ["communs"] = HomeSectionKind.Communs, ["commons"] = HomeSectionKind.Communs,
        ["texte"] = HomeSectionKind.Text, ["text"] = HomeSectionKind.Text,
    };

    private readonly ConditionalWeakTable<ContentPage, List<HomeSectionDefinition>> _definitions = new();

    /// <summary>The sections of <paramref name="page"/> as the public sees them now.</summary>
    public IReadOnlyList<HomeSection> Build(ContentSnapshot snapshot, ContentPage page)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(page);
        var definitions = _definitions.GetValue(page, p => Read(snapshot, p));
        var sections = new List<HomeSection>(definitions.Count);
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            var id = $"section-{i + 1}";
            sections.Add(definition.Kind switch
            {
                HomeSectionKind.Presentation => new PresentationSection(id, definition.Title),
                HomeSectionKind.Actions => new ActionsSection(id, definition.Title, definition.TextHtml, definition.Buttons ?? []),
                HomeSectionKind.Articles => Articles(snapshot, id, definition),
                HomeSectionKind.Events => Events(snapshot, id, definition),
                HomeSectionKind.Communs => Communs(snapshot, id, definition),
                _ => new TextSection(id, definition.Title, definition.TextHtml ?? ""),
            });
        }

        return sections;
    }

    private ArticlesSection Articles(ContentSnapshot snapshot, string id, HomeSectionDefinition definition)
    {
        var collections = definition.Source is { } name ? [name] : snapshot.Collections.Keys.Order(StringComparer.Ordinal).ToList();
        var latest = collections
            // The blog's main list leaves out its excluded tags (ExcludeTags): so do its latest articles here.
            .SelectMany(collection => (collection == blog.Collection
                ? blog.For(publication.Entries(snapshot, collection)).Entries
                : publication.Entries(snapshot, collection)).Take(definition.Count))
            .OrderBy(p => p, NewestFirst.Instance)
            .Take(definition.Count)
            .Select(p => ArticleCard.From(p, isUnpublished: !publication.IsPublished(p)))
            .ToList();
        var more = collections.Count == 1 && snapshot.PagesByUrl.ContainsKey("/" + collections[0]) ? "/" + collections[0] : addresses.Blog;
        return new ArticlesSection(id, definition.Title, latest, latest.Count == 0 ? null : more);
    }

    private EventsSection Events(ContentSnapshot snapshot, string id, HomeSectionDefinition definition)
    {
        var data = definition.Source ?? "evenements";
        var (upcoming, _) = SiteEvent.Split(dataPages.Events(snapshot, data), publication.Now);
        return new EventsSection(id, definition.Title, [.. upcoming.Take(definition.Count)], dataPages.PathOf(data, DataPageViews.Events));
    }

    private CommunsSection Communs(ContentSnapshot snapshot, string id, HomeSectionDefinition definition)
    {
        var data = definition.Source ?? "communs";
        var communs = dataPages.Communs(snapshot, data).Take(definition.Count).Select(dataModels.Card).ToList();
        return new CommunsSection(id, definition.Title, communs, dataPages.PathOf(data, DataPageViews.Communs));
    }

    private List<HomeSectionDefinition> Read(ContentSnapshot snapshot, ContentPage page)
    {
        var listed = DataValues.Value(page.FrontMatter.Params, "sections");
        if (listed is null)
        {
            return
            [
                new(HomeSectionKind.Presentation, null, 0, null, null, null),
                new(HomeSectionKind.Articles, "Derniers articles", DefaultCount, null, null, null),
                new(HomeSectionKind.Actions, "Rejoindre la FabMob", 0, null, DefaultButtons(), null),
            ];
        }

        var links = new PageLinkResolver(page.SourcePath,
            snapshot.PagesBySource.ToDictionary(pair => pair.Key, pair => pair.Value.Url, StringComparer.Ordinal));
        var definitions = new List<HomeSectionDefinition>();
        var index = 0;
        foreach (var item in DataValues.Items(listed).Select(x => x.Item))
        {
            index++;
            var where = $"{page.SourcePath} : sections[{index}]";
            if (item is not IReadOnlyDictionary<string, object?> entry)
            {
                LogIgnored(where, "une section est une liste de clés (type, titre…)");
                continue;
            }

            if (DataValues.Text(entry, "type", "genre", "kind") is not { } type || !Kinds.TryGetValue(type, out var kind))
            {
                LogIgnored(where, $"type « {DataValues.Text(entry, "type")} » inconnu ; types possibles : présentation, actions, articles, événements, communs, texte");
                continue;
            }

            var title = DataValues.Text(entry, "titre", "title");
            var text = DataValues.Text(entry, "texte", "text", "contenu", "content");
            var html = text is null ? null : markdown.Render(text, links, where);
            HomeSectionDefinition? definition = kind switch
            {
                HomeSectionKind.Actions => new(kind, title, 0, null, Buttons(entry, links, where), html),
                HomeSectionKind.Text when html is null => null,
                HomeSectionKind.Articles => new(kind, title ?? "Derniers articles", Count(entry, where), DataValues.Text(entry, "collection"), null, null),
                HomeSectionKind.Events => new(kind, title ?? "Prochains événements", Count(entry, where), Source(entry), null, null),
                HomeSectionKind.Communs => new(kind, title ?? "Nos communs", Count(entry, where), Source(entry), null, null),
                _ => new(kind, title, 0, null, null, html),
            };
            if (definition is null)
            {
                LogIgnored(where, "une section texte a besoin d'un texte");
                continue;
            }

            definitions.Add(definition);
        }

        return definitions;
    }

    private static string? Source(IReadOnlyDictionary<string, object?> entry) =>
        DataValues.Text(entry, "données", "donnees", "data", "fichier");

    private int Count(IReadOnlyDictionary<string, object?> entry, string where)
    {
        if (DataValues.Text(entry, "nombre", "count", "limite", "limit") is not { } text)
        {
            return DefaultCount;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxCount)
        {
            return count;
        }

        LogIgnored(where, $"nombre « {text} » : il faut un entier entre 1 et {MaxCount} ; {DefaultCount} retenu");
        return DefaultCount;
    }

    /// <summary>The buttons of an actions section; none listed: join the association and subscribe to the newsletter.</summary>
    private List<HomeButton> Buttons(IReadOnlyDictionary<string, object?> entry, PageLinkResolver links, string where)
    {
        var listed = DataValues.Value(entry, "boutons", "buttons", "liens", "links");
        if (listed is null)
        {
            return DefaultButtons();
        }

        var buttons = new List<HomeButton>();
        foreach (var (_, item) in DataValues.Items(listed))
        {
            if (item is IReadOnlyDictionary<string, object?> button &&
                DataValues.Text(button, "texte", "text", "libellé", "libelle", "label") is { } label &&
                DataValues.Text(button, "url", "lien", "link", "href") is { } url)
            {
                var style = DataValues.Text(button, "style");
                buttons.Add(new HomeButton(label, links.Resolve(url, isImage: false) ?? url,
                    style is not null && style.StartsWith("second", StringComparison.OrdinalIgnoreCase),
                    DataValues.Text(button, "description", "phrase")));
            }
            else
            {
                LogIgnored(where, "un bouton a besoin d'un texte et d'une url");
            }
        }

        return buttons;
    }

    private List<HomeButton> DefaultButtons() =>
    [
        new("Adhérer", site.Value.MembershipUrl, Secondary: false,
            "Territoires, entreprises, laboratoires, associations\u00a0: adhérez pour participer à la gouvernance et aux travaux de l'association."),
        new("S'inscrire à la lettre d'information", site.Value.NewsletterUrl, Secondary: true,
            "Recevez les nouvelles de l'association et de ses communs."),
    ];

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Where} : section d'accueil ignorée ou corrigée : {Reason}.")]
    private partial void LogIgnored(string where, string reason);
}
