namespace FabMob.Web.Wiki;

/// <summary>
/// What a data view shows of a wiki page. When the wiki has never answered for it, <see cref="Title"/>
/// is the page id made readable (<c>_</c> → space) and the other fields are null.
/// </summary>
/// <param name="Id">The page id as the data file writes it (<c>Mon_Compte_Mobilité</c>).</param>
/// <param name="Title">The page's title.</param>
/// <param name="Url">The page on the wiki (absolute).</param>
/// <param name="ImageUrl">The page's main picture (absolute), or null.</param>
/// <param name="Summary">A short plain-text description, or null.</param>
public sealed record WikiSummary(string Id, string Title, string Url, string? ImageUrl, string? Summary);
