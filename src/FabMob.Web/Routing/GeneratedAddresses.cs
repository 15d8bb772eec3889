using System.Globalization;
using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Lists;
using FabMob.Web.Models;
using FabMob.Web.Theme;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Routing;

/// <summary>
/// The one place that knows the addresses the application generates itself: the blog's list, its pages,
/// its years and its feeds (under the blog collection's address, <see cref="Blog"/>), the tags and
/// categories with their pages and feeds, the sitemap, robots.txt, the data pages and the theme. It gives
/// their route templates (<see cref="Templates"/>), builds them (<see cref="BlogYear"/>, <see cref="Tag"/>,
/// <see cref="ListPage"/>…), lists them all at a moment for the sitemap and the export (<see cref="All"/>),
/// and says whether one exists for <c>check</c> (<see cref="CanonicalOf"/>).
/// </summary>
public sealed class GeneratedAddresses
{
    public const string Tags = "/étiquettes";
    public const string Categories = "/catégories";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    private const string PageSegment = "page";
    private const string YearSegment = "année";
    private const string RssFile = "feed.xml";
    private const string AtomFile = "atom.xml";

    private readonly BlogListing _blog;
    private readonly IOptions<SiteOptions> _site;

    public GeneratedAddresses(BlogListing blog, IOptions<SiteOptions> site)
    {
        ArgumentNullException.ThrowIfNull(blog);
        _blog = blog;
        _site = site;
        Blog = "/" + blog.Collection;
        BlogYears = $"{Blog}/{YearSegment}";
        RssFeed = $"{Blog}/{RssFile}";
        AtomFeed = $"{Blog}/{AtomFile}";
    }

    /// <summary>The blog's main list: its collection's address (<c>/blog</c>).</summary>
    public string Blog { get; }

    /// <summary>The blog's archives by year: <c>/blog/année</c> (each year below it).</summary>
    public string BlogYears { get; }

    /// <summary>The blog's RSS feed: <c>/blog/feed.xml</c>.</summary>
    public string RssFeed { get; }

    /// <summary>The blog's Atom feed: <c>/blog/atom.xml</c>.</summary>
    public string AtomFeed { get; }

    /// <summary><c>/blog/année/2021</c>.</summary>
    public string BlogYear(int year) => $"{BlogYears}/{year.ToString(CultureInfo.InvariantCulture)}";

    public static string Tag(string slug) => $"{Tags}/{slug}";
    public static string Category(string slug) => $"{Categories}/{slug}";
    public static string TagFeed(string slug) => $"{Tags}/{slug}/{RssFile}";

    /// <summary>Page <paramref name="page"/> of a list at <paramref name="basePath"/>: the first page is the list itself.</summary>
    public static string ListPage(string basePath, int page) =>
        page <= 1 ? basePath : $"{basePath}/{PageSegment}/{page.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>How many pages a list of <paramref name="count"/> items has at <paramref name="size"/> a page: at least one.</summary>
    public static int PageCount(int count, int size) => Math.Max(1, (count + size - 1) / size);

    /// <summary>The route templates of <paramref name="route"/> (the list itself first, then its numbered pages).</summary>
    public IReadOnlyList<string> Templates(GeneratedRoute route) => route switch
    {
        GeneratedRoute.BlogList => [Blog, $"{Blog}/{PageSegment}/{{page}}"],
        GeneratedRoute.BlogYear => [$"{BlogYears}/{{year}}", $"{BlogYears}/{{year}}/{PageSegment}/{{page}}"],
        GeneratedRoute.BlogRss => [RssFeed],
        GeneratedRoute.BlogAtom => [AtomFeed],
        GeneratedRoute.TagIndex => [Tags],
        GeneratedRoute.TagList => [$"{Tags}/{{slug}}", $"{Tags}/{{slug}}/{PageSegment}/{{page}}"],
        GeneratedRoute.TagRss => [$"{Tags}/{{slug}}/{RssFile}"],
        GeneratedRoute.CategoryIndex => [Categories],
        GeneratedRoute.CategoryList => [$"{Categories}/{{slug}}", $"{Categories}/{{slug}}/{PageSegment}/{{page}}"],
        GeneratedRoute.Sitemap => [Sitemap],
        GeneratedRoute.Robots => [Robots],
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };

    /// <summary>
    /// Every generated address the public may fetch at <paramref name="now"/>: each page of the blog's list and
    /// of its years, the feeds, the sitemap, robots.txt, the indexes of terms, the theme, each page of the
    /// lists of terms that have published entries (and the tags' feeds), the data pages whose data file
    /// exists. The first page of each list and the data pages are <see cref="GeneratedAddress.InSitemap"/>.
    /// </summary>
    public IReadOnlyList<GeneratedAddress> All(ContentSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var size = _site.Value.PageSize;
        var blog = _blog.Published(snapshot, now);
        var addresses = new List<GeneratedAddress>();
        addresses.AddRange(List(Blog, blog.Entries, size));
        foreach (var year in blog.Years)
        {
            addresses.AddRange(List(BlogYear(year.Year), year.Entries, size));
        }

        addresses.AddRange(new[] { RssFeed, AtomFeed, Sitemap, Robots, Tags, Categories, ThemeStylesheet.Path }
            .Select(path => new GeneratedAddress(path, null, InSitemap: false)));
        foreach (var term in snapshot.Tags.Sorted)
        {
            var entries = term.Published(now);
            if (entries.Count > 0)
            {
                addresses.AddRange(List(Tag(term.Slug), entries, size));
                addresses.Add(new GeneratedAddress(TagFeed(term.Slug), null, InSitemap: false));
            }
        }

        foreach (var term in snapshot.Categories.Sorted)
        {
            var entries = term.Published(now);
            if (entries.Count > 0)
            {
                addresses.AddRange(List(Category(term.Slug), entries, size));
            }
        }

        addresses.AddRange(_site.Value.DataPages.Where(page => snapshot.Data.ContainsKey(page.Data))
            .Select(page => new GeneratedAddress(page.Path, null, InSitemap: true)));
        return [.. addresses.DistinctBy(address => address.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The canonical form of <paramref name="bare"/> (decoded, normalised, no query, no trailing slash) when it is
    /// a generated address that leads somewhere in <paramref name="snapshot"/> (drafts and scheduled entries count:
    /// a link to them is not broken), a term spelled otherwise than its slug giving its slug's address; else null.
    /// </summary>
    public string? CanonicalOf(ContentSnapshot snapshot, string bare)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(bare);
        if (bare is Sitemap or Robots or Tags or Categories or ThemeStylesheet.Path or SearchViewModel.Path ||
            _site.Value.DataPages.Any(page => page.Path == bare && snapshot.Data.ContainsKey(page.Data)))
        {
            return bare;
        }

        if (Below(bare, Blog) is { } blog)
        {
            var served = blog switch
            {
                [] or [RssFile] or [AtomFile] => true,
                [PageSegment, var n] => IsPage(n, _blog.Everything(snapshot).Entries.Count),
                [YearSegment, var year] => Year(snapshot, year) is not null,
                [YearSegment, var year, PageSegment, var n] => Year(snapshot, year) is { } entries && IsPage(n, entries.Entries.Count),
                _ => false,
            };
            if (served)
            {
                return bare;
            }
        }

        return Term(snapshot.Tags, bare, Below(bare, Tags), Tag, feeds: true) ??
            Term(snapshot.Categories, bare, Below(bare, Categories), Category, feeds: false);
    }

    private string? Term(Taxonomy taxonomy, string bare, string[]? rest, Func<string, string> address, bool feeds) => rest switch
    {
        [] => null,
        [var slug] when taxonomy.Terms.ContainsKey(slug) => bare,
        [var slug, RssFile] when feeds && taxonomy.Terms.ContainsKey(slug) => bare,
        [var slug, PageSegment, var n] when taxonomy.Terms.TryGetValue(slug, out var term) && IsPage(n, term.Pages.Count) => bare,
        // A term spelled otherwise than its slug (/étiquettes/Vélo) is answered with a 301 to it.
        [var spelled] when taxonomy.Terms.ContainsKey(SlugBuilder.Slugify(spelled)) => address(SlugBuilder.Slugify(spelled)),
        _ => null,
    };

    /// <summary>The segments of <paramref name="path"/> below <paramref name="prefix"/>, or null when it is not below it.</summary>
    private static string[]? Below(string path, string prefix)
    {
        if (path == prefix)
        {
            return [];
        }

        return prefix != "/" && path.StartsWith(prefix + "/", StringComparison.Ordinal)
            ? path[(prefix.Length + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries)
            : null;
    }

    private ArchiveYear? Year(ContentSnapshot snapshot, string year) =>
        year.Length == 4 && year.All(char.IsAsciiDigit)
            ? _blog.Everything(snapshot).Year(int.Parse(year, CultureInfo.InvariantCulture))
            : null;

    private bool IsPage(string number, int count) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) &&
        n >= 2 && n <= PageCount(count, _site.Value.PageSize);

    private static IEnumerable<GeneratedAddress> List(string basePath, IReadOnlyList<ContentPage> entries, int size) =>
        Enumerable.Range(1, PageCount(entries.Count, size)).Select(page =>
            page == 1 ? new GeneratedAddress(basePath, entries.Count > 0 ? entries[0].Date : null, InSitemap: true)
                      : new GeneratedAddress(ListPage(basePath, page), null, InSitemap: false));
}
