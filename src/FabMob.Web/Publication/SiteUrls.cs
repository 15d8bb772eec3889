using FabMob.Content;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Publication;

/// <summary>The site's own addresses: absolute URLs for canonical links, feeds and sitemaps, and the list routes.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> site)
{
    public const string Blog = "/blog";
    public const string Tags = "/étiquettes";
    public const string Categories = "/catégories";
    public const string RssFeed = "/blog/feed.xml";
    public const string AtomFeed = "/blog/atom.xml";

    /// <summary>The blog's archives by year: <c>/blog/année/2021</c>.</summary>
    public const string BlogYears = "/blog/année";

    /// <summary><c>/à-propos</c> → <c>https://lafabriquedesmobilites.fr/%C3%A0-propos</c>; absolute URLs are kept.</summary>
    public string Absolute(string pathOrUrl) =>
        pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathOrUrl
            : site.Value.BaseUrlTrimmed + UrlPath.ForHeader(pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);

    public static string Tag(string slug) => $"{Tags}/{slug}";
    public static string Category(string slug) => $"{Categories}/{slug}";
    public static string BlogYear(int year) => $"{BlogYears}/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    public static string TagFeed(string slug) => $"{Tags}/{slug}/feed.xml";

    /// <summary>Page <paramref name="page"/> of a list at <paramref name="basePath"/>: the first page is the list itself.</summary>
    public static string ListPage(string basePath, int page) => page <= 1 ? basePath : $"{basePath}/page/{page}";
}
