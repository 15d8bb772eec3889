namespace FabMob.Web.Models;

/// <summary>A list of articles: the blog, a tag, a category.</summary>
public sealed record ArticleListViewModel(PageMeta Meta, string Heading, string? IntroHtml, IReadOnlyList<ArticleCard> Articles,
    Pagination Pagination, string? FeedUrl) : ILayoutModel
{
    /// <summary>The menu of the blog's years (the blog and its year pages), or null.</summary>
    public YearMenu? Years { get; init; }
}
