namespace FabMob.Content.Editing;

/// <summary>Where an uploaded picture goes and how the article shows it.</summary>
/// <param name="FileName">The cleaned file name (<c>reunion-2024.jpg</c>).</param>
/// <param name="SourcePath">Its path under the content root, in the article's <c>images/</c> folder.</param>
/// <param name="SitePath">The address it is served at (not encoded).</param>
/// <param name="Markdown">The snippet to insert in the article: <c>![texte alternatif](images/reunion-2024.jpg)</c>.</param>
public sealed record PictureUpload(string FileName, string SourcePath, string SitePath, string Markdown);
