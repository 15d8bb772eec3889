using FabMob.Content.Rendering;

namespace FabMob.Content.Addresses;

/// <summary>
/// Resolves a relative link or image of a page against the page's file, as the editor sees the
/// tree: in <c>blog/2015/genese.md</c>, <c>images/x.png</c> → <c>/blog/2015/images/x.png</c> and
/// <c>../2016/suite.md</c> → that article's URL. Absolute URLs, site paths and anchors are kept, except
/// links to the site's own (old) host names, which become site paths.
/// </summary>
public sealed class PageLinkResolver(string sourcePath, IReadOnlyDictionary<string, string> urlBySource,
    IReadOnlySet<string>? ownHosts = null) : ILinkResolver
{
    private readonly List<KeyValuePair<string, string?>> _lookups = [];

    /// <summary>
    /// Every source path looked up and what it gave: the rendered page stays right in a later snapshot
    /// as long as each of these gives the same answer there.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Lookups => _lookups;

    /// <summary>Whether each lookup of <paramref name="lookups"/> gives the same answer in <paramref name="urls"/>.</summary>
    public static bool SameAnswers(IReadOnlyList<KeyValuePair<string, string?>> lookups, IReadOnlyDictionary<string, string> urls)
    {
        foreach (var (key, url) in lookups)
        {
            if (urls.GetValueOrDefault(key) != url)
            {
                return false;
            }
        }

        return true;
    }

    public string? Resolve(string url, bool isImage)
    {
        if (url.Length == 0 || url[0] is '#' or '/' or '?')
        {
            return null;
        }

        if (HasScheme(url))
        {
            return OwnSitePath(url);
        }

        var cut = url.IndexOfAny(['?', '#']);
        var (path, suffix) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var target = Combine(Directory(sourcePath), UrlPath.Decode(path));
        if (target is null)
        {
            return null;
        }

        if (FindPage(target) is { } pageUrl)
        {
            return UrlPath.ForHref(pageUrl) + suffix;
        }

        return UrlPath.ForHref("/" + target) + suffix;
    }

    /// <summary>
    /// <c>http://lafabriquedesmobilites.fr/articles/x?a=1#b</c> → <c>/articles/x?a=1#b</c> when the host is one
    /// of the site's own; null for any other absolute URL (kept as written).
    /// </summary>
    private string? OwnSitePath(string url)
    {
        if (ownHosts is not { Count: > 0 } || !Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
            uri.Scheme is not ("http" or "https") || !ownHosts.Contains(uri.IdnHost) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        return UrlPath.ForHref(ContentUrlRules.Normalize(UrlPath.Decode(uri.AbsolutePath))) + uri.Query + uri.Fragment;
    }

    private string? FindPage(string target)
    {
        string[] candidates = target.Length == 0
            ? ["index.md", "_index.md"]
            : [target, target + ".md", target + "/index.md", target + "/_index.md"];
        foreach (var candidate in candidates)
        {
            var found = urlBySource.TryGetValue(candidate, out var pageUrl);
            _lookups.Add(new(candidate, found ? pageUrl : null));
            if (found)
            {
                return pageUrl;
            }
        }

        return null;
    }

    /// <summary>True for <c>https:</c>, <c>mailto:</c>, <c>tel:</c>… (a scheme before any <c>/</c>).</summary>
    internal static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Joins and resolves <c>.</c> and <c>..</c>; null when the result leaves the content root.</summary>
    internal static string? Combine(string directory, string relative)
    {
        var parts = new List<string>(directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        return ContentUrlRules.Normalize(string.Join('/', parts));
    }
}
