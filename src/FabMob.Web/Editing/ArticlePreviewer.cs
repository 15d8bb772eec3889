using FabMob.Content;
using FabMob.Content.Addresses;
using FabMob.Content.Snapshot;
using FabMob.Web.Publication;

namespace FabMob.Web.Editing;

/// <summary>
/// Renders unsaved text through the site's own pipeline: the tree is built as if the file held the text (the current
/// snapshot's other pages reused, the same Markdown renderer, typography and sanitiser), and the page gets the view
/// model and view the public would see. Nothing is written.
/// </summary>
public sealed class ArticlePreviewer(ContentSnapshotBuilder builder, SiteViewModels views, EditionFilePaths paths)
{
    public ArticlePreview? Render(ContentSnapshot current, string contentPath, string text)
    {
        ArgumentNullException.ThrowIfNull(current);
        var source = ContentUrlRules.Normalize(contentPath);
        var snapshot = builder.Build(paths.ContentRoot, current, new Dictionary<string, string>(StringComparer.Ordinal) { [source] = text });
        if (!snapshot.PagesBySource.TryGetValue(source, out var page))
        {
            return null;
        }

        return page.Collection is not null
            ? new ArticlePreview("~/Views/Content/Article.cshtml", views.Article(snapshot, page))
            : new ArticlePreview("~/Views/Content/Page.cshtml", views.Page(page));
    }
}
