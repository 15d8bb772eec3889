namespace FabMob.Content.Rendering;

/// <summary>
/// Something the raw HTML sanitiser removed or that browsers will ignore, located in the Markdown
/// body (line 0-based as Markdig counts, column 1-based). Messages are in French, for editors.
/// </summary>
public sealed record RawHtmlFinding(int Line, int Column, string Message);
