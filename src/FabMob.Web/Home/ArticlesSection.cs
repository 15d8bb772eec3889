using FabMob.Web.Models;

namespace FabMob.Web.Home;

/// <summary>The latest published articles, with a link to the whole list.</summary>
public sealed record ArticlesSection(string Id, string? Title, IReadOnlyList<ArticleCard> Articles, string? MoreUrl) : HomeSection(Id, Title);
