namespace FabMob.Content.Editing;

/// <summary>What a new article will be, shown before it is saved.</summary>
/// <param name="SourcePath">Its file, under the content root (<c>contenu/articles/2026/mon-titre.md</c>).</param>
/// <param name="Slug">The last segment of its address, from the title by the site's slug rules.</param>
/// <param name="Url">Its public address (<c>/blog/mon-titre</c>), not encoded.</param>
/// <param name="Text">The new file's text: French front matter, a draft, dated.</param>
public sealed record NewArticle(string SourcePath, string Slug, string Url, string Text);
