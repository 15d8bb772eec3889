using FabMob.Web.Models;

namespace FabMob.Web.Home;

/// <summary>Some communs of a data file, with a link to the communs page.</summary>
public sealed record CommunsSection(string Id, string? Title, IReadOnlyList<CommunCard> Communs, string? MoreUrl) : HomeSection(Id, Title);
