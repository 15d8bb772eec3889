using FabMob.Content;
using FabMob.Content.Redirects;
using FabMob.Web.Configuration;
using FabMob.Web.Lists;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Routing;

/// <summary>
/// Whether a site path leads somewhere: a page, a redirect or a file of the content tree, or one
/// of the addresses the application itself serves (blog list, its pages and years, tags, categories,
/// feeds, sitemap, data pages whose data file exists, the site's assets), or a redirect rule of
/// <c>Site:Redirects</c> whose target leads somewhere. Used by <c>check</c> and the static export to
/// judge internal links (drafts count as existing), and by the 404 fallback to apply the rules.
/// </summary>
public sealed class SiteAddresses(IOptions<SiteOptions> site, IWebHostEnvironment environment, BlogListing blog,
    PatternRedirects redirects)
{
    /// <summary>True when <paramref name="path"/> (not encoded; query and fragment ignored) leads somewhere in <paramref name="snapshot"/>.</summary>
    public bool Exists(ContentSnapshot snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var bare = Bare(path);
        if (ServedWithoutRules(snapshot, bare))
        {
            return true;
        }

        // A rule's final address is never itself answered by a rule (see PatternRedirects.Resolve).
        return RuleTarget(snapshot, bare) is { } target && ServedWithoutRules(snapshot, Bare(target));
    }

    /// <summary>
    /// Where the rules of <c>Site:Redirects</c> send <paramref name="path"/> (decoded, no query), straight
    /// to its final canonical address (not encoded); null when no rule answers it.
    /// </summary>
    /// <param name="visible">Which pages count for a rule's <c>IfExists</c>; all by default.</param>
    public string? RuleTarget(ContentSnapshot snapshot, string path, Func<ContentPage, bool>? visible = null) =>
        redirects.Resolve(snapshot, path, target => AppAddress(snapshot, Bare(target)), visible);

    private bool ServedWithoutRules(ContentSnapshot snapshot, string bare) =>
        snapshot.Match(bare) is not ContentMatch.NotFound || AppAddress(snapshot, bare) is not null;

    /// <summary>The canonical form of an address the application serves outside the snapshot, or null.</summary>
    private string? AppAddress(ContentSnapshot snapshot, string bare)
    {
        var segments = bare.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var served = segments switch
        {
            ["blog"] or ["blog", "feed.xml"] or ["blog", "atom.xml"] or ["sitemap.xml"] or ["robots.txt"] or ["recherche"] => true,
            ["blog", "page", var n] => IsPage(n, Archive(snapshot).Entries.Count),
            ["blog", "année", var year] => Year(snapshot, year) is not null,
            ["blog", "année", var year, "page", var n] => Year(snapshot, year) is { } entries && IsPage(n, entries.Entries.Count),
            ["étiquettes"] or ["catégories"] => true,
            ["étiquettes", var slug] => snapshot.Tags.Terms.ContainsKey(slug),
            ["étiquettes", var slug, "feed.xml"] => snapshot.Tags.Terms.ContainsKey(slug),
            ["catégories", var slug] => snapshot.Categories.Terms.ContainsKey(slug),
            ["étiquettes", var slug, "page", var n] => snapshot.Tags.Terms.TryGetValue(slug, out var tag) && IsPage(n, tag.Pages.Count),
            ["catégories", var slug, "page", var n] => snapshot.Categories.Terms.TryGetValue(slug, out var category) && IsPage(n, category.Pages.Count),
            _ => IsDataPage(snapshot, bare) || environment.WebRootFileProvider.GetFileInfo(bare).Exists,
        };
        if (served)
        {
            return bare;
        }

        // A term spelled otherwise than its slug (/étiquettes/Vélo) is answered with a 301 to it: a rule goes there directly.
        return segments switch
        {
            ["étiquettes", var term] when snapshot.Tags.Terms.ContainsKey(SlugBuilder.Slugify(term)) =>
                Publication.SiteUrls.Tag(SlugBuilder.Slugify(term)),
            ["catégories", var term] when snapshot.Categories.Terms.ContainsKey(SlugBuilder.Slugify(term)) =>
                Publication.SiteUrls.Category(SlugBuilder.Slugify(term)),
            _ => null,
        };
    }

    private BlogArchive Archive(ContentSnapshot snapshot) =>
        blog.For(snapshot.Published("blog", DateTimeOffset.MaxValue, includeUnpublished: true));

    private ArchiveYear? Year(ContentSnapshot snapshot, string year) =>
        year.Length == 4 && year.All(char.IsAsciiDigit)
            ? Archive(snapshot).Year(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private static string Bare(string path)
    {
        var bare = ContentUrlRules.Normalize(path.Split('?', '#')[0]);
        return bare.Length > 1 ? bare.TrimEnd('/') : bare;
    }

    private bool IsDataPage(ContentSnapshot snapshot, string path) =>
        site.Value.DataPages.Any(page => page.Path == path && snapshot.Data.ContainsKey(page.Data));

    private bool IsPage(string number, int count) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) &&
        n >= 2 && n <= Math.Max(1, (count + site.Value.PageSize - 1) / site.Value.PageSize);
}
