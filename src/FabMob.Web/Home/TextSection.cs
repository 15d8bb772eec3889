namespace FabMob.Web.Home;

/// <summary>A free text (Markdown, rendered) under an optional heading.</summary>
public sealed record TextSection(string Id, string? Title, string Html) : HomeSection(Id, Title);
