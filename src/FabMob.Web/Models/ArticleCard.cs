using FabMob.Content;

namespace FabMob.Web.Models;

/// <summary>An article as a list shows it: title, date, authors, summary, cover.</summary>
public sealed record ArticleCard(string Url, string Title, DateTimeOffset? Date, IReadOnlyList<string> Authors,
    string Summary, string? Cover, bool IsUnpublished)
{
    public static ArticleCard From(ContentPage page, bool isUnpublished) =>
        new(page.Url, page.Title, page.Date, page.FrontMatter.Authors, page.Summary, page.Cover, isUnpublished);
}
