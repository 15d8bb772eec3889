using System.Text;
using FabMob.Content.Data;
using FabMob.Web.Configuration;
using FabMob.Web.Models;
using FabMob.Web.Wiki;
using Microsoft.Extensions.Options;

namespace FabMob.Web.DataPages;

/// <summary>
/// Completes a prepared data page for one request: events split at the request's moment, missions
/// filtered by the query, communs and publications looked up in the wiki catalogue (in memory).
/// </summary>
public sealed class DataPageModels(IWikiCatalog wiki, IOptions<SiteOptions> site)
{
    /// <summary>Longest filter value considered; longer ones cannot match and are not echoed.</summary>
    private const int MaxFilterLength = 200;

    public DataPageView Build(PreparedDataPage page, IQueryCollection query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(query);
        return page.Content switch
        {
            TeamViewModel team => new DataPageView("Equipe", team),
            LogosViewModel logos => new DataPageView("Logos", logos),
            CardsViewModel cards => new DataPageView("Cartes", cards),
            IReadOnlyList<SiteEvent> events => Events(page, events, now),
            IReadOnlyList<Commun> communs => new DataPageView("Communs",
                new CommunsViewModel(page.Meta, page.IntroHtml, [.. communs.Select(Card)])),
            IReadOnlyList<PublicationEntry> publications => new DataPageView("Publications",
                new PublicationsViewModel(page.Meta, page.IntroHtml, [.. publications.Select(Card)])),
            MissionsContent missions => Missions(page, missions, query),
            _ => throw new InvalidOperationException($"Contenu inattendu pour {page.Page.Path}."),
        };
    }

    /// <summary>A commun's card: the file's own fields first, then its wiki page when a wiki is configured.</summary>
    public CommunCard Card(Commun commun)
    {
        ArgumentNullException.ThrowIfNull(commun);
        if (commun.WikiId is { } id && !string.IsNullOrWhiteSpace(site.Value.Wiki.ApiUrl))
        {
            var page = wiki.Find(id);
            var title = commun.Name == id ? page.Title : commun.Name;
            return new CommunCard(title, commun.Description ?? page.Summary, commun.Image ?? page.ImageUrl,
                commun.Url ?? NonEmpty(page.Url));
        }

        var name = commun.Name == commun.WikiId && commun.Name.Contains('_', StringComparison.Ordinal) ? commun.Name.Replace('_', ' ') : commun.Name;
        return new CommunCard(name, commun.Description, commun.Image, commun.Url);
    }

    private PublicationCard Card(PublicationEntry publication)
    {
        var page = wiki.Find(publication.WikiId);
        return new PublicationCard(publication.Title ?? page.Title, publication.Date, publication.Description ?? page.Summary,
            publication.Image ?? page.ImageUrl, publication.Url ?? NonEmpty(page.Url));
    }

    private static DataPageView Events(PreparedDataPage page, IReadOnlyList<SiteEvent> events, DateTimeOffset now)
    {
        var (upcoming, past) = SiteEvent.Split(events, now);
        return new DataPageView("Evenements", new EventsViewModel(page.Meta, page.IntroHtml, upcoming, past));
    }

    private static DataPageView Missions(PreparedDataPage page, MissionsContent content, IQueryCollection query)
    {
        var commun = Asked(query, MissionFilter.CommunQuery);
        var poste = Asked(query, MissionFilter.PosteQuery);
        var shown = content.Items
            .Where(item => (commun is null || Same(item.Mission.Commun, commun)) && (poste is null || Same(item.Mission.Poste, poste)))
            .ToList();
        var filter = new MissionFilter(content.Communs, content.Postes, commun, poste);
        return new DataPageView("Missions", new MissionsViewModel(page.Meta, page.IntroHtml, filter, shown, content.Items.Count));
    }

    /// <summary>The first non-empty value of a query name, trimmed; null for none (all).</summary>
    private static string? Asked(IQueryCollection query, string name)
    {
        foreach (var value in query[name])
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var trimmed = value.Trim();
                return trimmed.Length > MaxFilterLength ? trimmed[..MaxFilterLength] : trimmed;
            }
        }

        return null;
    }

    private static bool Same(string? value, string asked) =>
        value is not null &&
        string.Equals(value.Normalize(NormalizationForm.FormC), asked.Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);

    private static string? NonEmpty(string? url) => string.IsNullOrWhiteSpace(url) ? null : url;
}
