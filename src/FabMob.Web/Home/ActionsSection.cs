namespace FabMob.Web.Home;

/// <summary>Calls to action: an optional text (Markdown, rendered) and buttons.</summary>
public sealed record ActionsSection(string Id, string? Title, string? TextHtml, IReadOnlyList<HomeButton> Buttons) : HomeSection(Id, Title);
