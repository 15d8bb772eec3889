namespace FabMob.Web.Models;

/// <summary>A publication as its card shows it: the wiki page's title and picture, the date as written, the description.</summary>
public sealed record PublicationCard(string Title, string? Date, string? Description, string? Image, string? Url);
