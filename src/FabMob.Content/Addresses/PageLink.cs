namespace FabMob.Content.Addresses;

/// <summary>A link or image of a page body.</summary>
/// <param name="Written">The URL as the editor wrote it.</param>
/// <param name="Resolved">The URL the page links to (relative references resolved against the file).</param>
/// <param name="IsImage">True for an image.</param>
/// <param name="Line">Line in the source file (1-based).</param>
/// <param name="Column">Column in the source file (1-based).</param>
public sealed record PageLink(string Written, string Resolved, bool IsImage, int Line, int Column);
