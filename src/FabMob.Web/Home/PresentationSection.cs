namespace FabMob.Web.Home;

/// <summary>The home page's own body (its Markdown).</summary>
public sealed record PresentationSection(string Id, string? Title) : HomeSection(Id, Title);
