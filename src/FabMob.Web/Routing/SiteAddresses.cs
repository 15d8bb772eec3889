using FabMob.Content;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Routing;

/// <summary>
/// Whether a site path leads somewhere: a page, a redirect or a file of the content tree, or one
/// of the addresses the application itself serves (blog list and its pages, tags, categories,
/// feeds, sitemap, data pages whose data file exists, the site's assets). Used by <c>check</c> and
/// the static export to judge internal links; drafts count as existing.
/// </summary>
public sealed class SiteAddresses(IOptions<SiteOptions> site, IWebHostEnvironment environment)
{
    /// <summary>True when <paramref name="path"/> (not encoded; query and fragment ignored) leads somewhere in <paramref name="snapshot"/>.</summary>
    public bool Exists(ContentSnapshot snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var bare = ContentUrlRules.Normalize(path.Split('?', '#')[0]);
        if (bare.Length > 1)
        {
            bare = bare.TrimEnd('/');
        }

        if (snapshot.Match(bare) is not ContentMatch.NotFound)
        {
            return true;
        }

        var segments = bare.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["blog"] or ["blog", "feed.xml"] or ["blog", "atom.xml"] or ["sitemap.xml"] or ["robots.txt"] or ["recherche"] => true,
            ["blog", "page", var n] => IsPage(n, snapshot.Published("blog", DateTimeOffset.MaxValue, includeUnpublished: true).Count),
            ["étiquettes"] or ["catégories"] => true,
            ["étiquettes", var slug] => snapshot.Tags.Terms.ContainsKey(slug),
            ["étiquettes", var slug, "feed.xml"] => snapshot.Tags.Terms.ContainsKey(slug),
            ["catégories", var slug] => snapshot.Categories.Terms.ContainsKey(slug),
            ["étiquettes", var slug, "page", var n] => snapshot.Tags.Terms.TryGetValue(slug, out var tag) && IsPage(n, tag.Pages.Count),
            ["catégories", var slug, "page", var n] => snapshot.Categories.Terms.TryGetValue(slug, out var category) && IsPage(n, category.Pages.Count),
            _ => IsDataPage(snapshot, bare) || environment.WebRootFileProvider.GetFileInfo(bare).Exists,
        };
    }

    private bool IsDataPage(ContentSnapshot snapshot, string path) =>
        site.Value.DataPages.Any(page => page.Path == path && snapshot.Data.ContainsKey(page.Data));

    private bool IsPage(string number, int count) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) &&
        n >= 2 && n <= Math.Max(1, (count + site.Value.PageSize - 1) / site.Value.PageSize);
}
