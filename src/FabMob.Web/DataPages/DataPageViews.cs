using FabMob.Content.Data;

namespace FabMob.Web.DataPages;

/// <summary>The views a data page may use (<c>Site:DataPages:n:View</c>) and the roles of each.</summary>
public static class DataPageViews
{
    public const string People = "personnes";
    public const string Logos = "logos";
    public const string Events = "evenements";
    public const string Communs = "communs";
    public const string Publications = "publications";
    public const string Missions = "missions";
    public const string Cards = "cartes";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [People] = People, ["equipe"] = People, ["équipe"] = People, ["people"] = People, ["team"] = People,
        [Logos] = Logos, ["partenaires"] = Logos,
        [Events] = Events, ["événements"] = Events, ["events"] = Events,
        [Communs] = Communs, ["commons"] = Communs,
        [Publications] = Publications,
        [Missions] = Missions, ["mecenat"] = Missions, ["mécénat"] = Missions,
        [Cards] = Cards, ["cards"] = Cards,
    };

    private static readonly Dictionary<string, DataFields> FieldsByView = new(StringComparer.Ordinal)
    {
        [People] = Person.Fields,
        [Logos] = PartnerLogo.Fields,
        [Events] = SiteEvent.Fields,
        [Communs] = Commun.Fields,
        [Publications] = PublicationEntry.Fields,
        [Missions] = Mission.Fields,
        [Cards] = DataCard.Fields,
    };

    /// <summary>The canonical names, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [People, Logos, Events, Communs, Publications, Missions, Cards];

    /// <summary>The canonical name of a view as configured (<c>equipe</c> → <c>personnes</c>), or null when unknown.</summary>
    public static string? Canonical(string? view) =>
        view is not null && Aliases.TryGetValue(view.Trim(), out var name) ? name : null;

    /// <summary>The default keys of each role of <paramref name="view"/> (a canonical name).</summary>
    public static DataFields Fields(string view) => FieldsByView[view];
}
