using FabMob.Content.Data;

namespace FabMob.Web.Home;

/// <summary>The next events of a data file, soonest first, with a link to the events page.</summary>
public sealed record EventsSection(string Id, string? Title, IReadOnlyList<SiteEvent> Events, string? MoreUrl) : HomeSection(Id, Title);
