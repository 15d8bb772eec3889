namespace FabMob.Web.Home;

/// <summary>
/// A section as the front matter describes it, read and rendered once per page version: its kind,
/// title, how many entries, which data file or collection, its buttons and its Markdown text rendered.
/// </summary>
public sealed record HomeSectionDefinition(HomeSectionKind Kind, string? Title, int Count, string? Source,
    IReadOnlyList<HomeButton>? Buttons, string? TextHtml);
