namespace FabMob.Web.Wiki;

/// <summary>One entry of <c>query.pages</c> in a MediaWiki answer (<c>formatversion=2</c>).</summary>
/// <param name="Title">The page's title as the wiki writes it (<c>Mon Compte Mobilité</c>).</param>
/// <param name="Missing">The wiki has no such page (<c>missing</c>) or cannot have one (<c>invalid</c>).</param>
/// <param name="Content">The wikitext of its latest revision (<c>revisions[0].slots.main.content</c>), when given.</param>
/// <param name="PageImage">The file name <c>pageimages</c> chose (<c>pageimage</c>), when given.</param>
/// <param name="ThumbnailUrl">The thumbnail <c>pageimages</c> made of it (<c>thumbnail.source</c>), when given.</param>
internal sealed record WikiQueryPage(string Title, bool Missing, string? Content, string? PageImage, string? ThumbnailUrl);
