namespace FabMob.Web.Models;

/// <summary>A commun as its card shows it: from the data file, completed by its wiki page.</summary>
public sealed record CommunCard(string Title, string? Summary, string? Image, string? Url);
