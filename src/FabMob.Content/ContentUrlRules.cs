using System.Text;

namespace FabMob.Content;

/// <summary>
/// The one place that decides URLs: a page's canonical path from its file, and the loose keys
/// that let variant spellings (case, trailing slash, raw file name, year folder) find it.
/// </summary>
public sealed class ContentUrlRules(IReadOnlyList<string> collections)
{
    private readonly string[] _collectionSlugs = [.. collections.Select(SlugBuilder.Slugify)];

    /// <summary>
    /// <c>à-propos/travailler.md</c> → <c>/à-propos/travailler</c>; <c>blog/2021/Vélo électrique.md</c>
    /// → <c>/blog/vélo-électrique</c>; <c>index.md</c> or <c>_index.md</c> in a folder → the folder.
    /// <paramref name="slug"/> (front matter) replaces the last segment. Null when a file or folder
    /// name has no letter or digit to make a segment of (<c>!!!.md</c>) and no slug replaces it.
    /// </summary>
    public string? PageUrl(string sourcePath, string? slug)
    {
        var segments = PageSegments(sourcePath, dropYearFolders: true);
        if (!string.IsNullOrWhiteSpace(slug) && segments.Count > 0)
        {
            var custom = SlugBuilder.Slugify(slug);
            if (custom.Length > 0)
            {
                segments[^1] = custom;
            }
        }

        return segments.Any(segment => segment.Length == 0) ? null : UrlPath.FromSegments(segments);
    }

    /// <summary>The collection a source file belongs to, or null (also for the collection's own index page).</summary>
    public string? CollectionOf(string sourcePath)
    {
        var slash = sourcePath.IndexOf('/');
        if (slash < 0 || sourcePath.IndexOf('/', slash + 1) < 0 && sourcePath[(slash + 1)..] is "index.md" or "_index.md")
        {
            return null;
        }

        var first = SlugBuilder.Slugify(sourcePath[..slash]);
        var index = Array.IndexOf(_collectionSlugs, first);
        return index < 0 ? null : collections[index];
    }

    /// <summary>Loose keys of the raw spellings of a source file's path (with and without year folders).</summary>
    public IEnumerable<string> RawKeys(string sourcePath)
    {
        var withoutExtension = StripMarkdownExtension(sourcePath);
        yield return LooseKey(withoutExtension);
        yield return UrlPath.FromSegments(PageSegments(sourcePath, dropYearFolders: false));
    }

    /// <summary>
    /// The key under which a request path is looked up when it is not a canonical URL: each segment
    /// slugified (NFC, lower case, punctuation to <c>-</c>), empty segments and a <c>.md</c> ending dropped.
    /// </summary>
    public static string LooseKey(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 0)
        {
            segments[^1] = StripMarkdownExtension(segments[^1]);
        }

        return UrlPath.FromSegments(segments.Select(SlugBuilder.Slugify).Where(s => s.Length > 0));
    }

    private List<string> PageSegments(string sourcePath, bool dropYearFolders)
    {
        var parts = StripMarkdownExtension(sourcePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var inCollection = CollectionOf(sourcePath) is not null;
        var segments = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var isFile = i == parts.Length - 1;
            if (isFile && parts[i] is "index" or "_index")
            {
                continue;
            }

            if (dropYearFolders && inCollection && !isFile && i > 0 && IsYear(parts[i]))
            {
                continue;
            }

            segments.Add(SlugBuilder.Slugify(parts[i]));
        }

        return segments;
    }

    private static bool IsYear(string segment) => segment.Length == 4 && segment.All(char.IsAsciiDigit);

    private static string StripMarkdownExtension(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;

    /// <summary>NFC form of a path, as every lookup uses.</summary>
    public static string Normalize(string path) =>
        path.IsNormalized(NormalizationForm.FormC) ? path : path.Normalize(NormalizationForm.FormC);
}
