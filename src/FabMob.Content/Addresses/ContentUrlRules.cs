using System.Text;
using FabMob.Content.Mounts;

namespace FabMob.Content.Addresses;

/// <summary>
/// The one place that decides URLs: a page's canonical path from its file and its mount, and the loose
/// keys that let variant spellings (case, trailing slash, raw file name, year folder) find it.
/// </summary>
public sealed class ContentUrlRules
{
    private readonly MountTable _mounts;

    /// <summary>Rules of the default layout with these collections.</summary>
    public ContentUrlRules(IReadOnlyList<string> collections)
        : this(new MountTable([], collections))
    {
    }

    public ContentUrlRules(MountTable mounts)
    {
        ArgumentNullException.ThrowIfNull(mounts);
        _mounts = mounts;
    }

    public MountTable Mounts => _mounts;

    /// <summary>
    /// <c>à-propos/travailler.md</c> → <c>/à-propos/travailler</c>; <c>blog/2021/Vélo électrique.md</c>
    /// → <c>/blog/vélo-électrique</c>; <c>index.md</c> or <c>_index.md</c> in a folder → the folder. With
    /// mounts, the path under the mount's source is placed under its target (<c>contenu/manifeste.md</c>
    /// → <c>/à-propos/manifeste</c>). <paramref name="slug"/> (front matter) replaces the last segment.
    /// Null when no page mount takes the file, or when a file or folder name has no letter or digit to
    /// make a segment of (<c>!!!.md</c>) and no slug replaces it.
    /// </summary>
    public string? PageUrl(string sourcePath, string? slug) =>
        _mounts.PageOf(sourcePath) is { } placement ? PageUrl(sourcePath, slug, placement.Mount, placement.SourceDepth) : null;

    /// <summary>The addresses the other page mounts of the file's source give it (answered with a redirect to its URL).</summary>
    public IEnumerable<string> ExtraUrls(string sourcePath, string? slug)
    {
        if (_mounts.PageOf(sourcePath) is not { ExtraMounts.Count: > 0 } placement)
        {
            yield break;
        }

        foreach (var mount in placement.ExtraMounts)
        {
            if (PageUrl(sourcePath, slug, mount, placement.SourceDepth) is { } url)
            {
                yield return url;
            }
        }
    }

    private static string? PageUrl(string sourcePath, string? slug, ContentMount mount, int sourceDepth)
    {
        var segments = PageSegments(sourcePath, mount, sourceDepth, dropYearFolders: true);
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
        if (_mounts.PageOf(sourcePath) is not { IsCollection: true } placement)
        {
            return null;
        }

        var parts = sourcePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var isOwnIndex = parts.Length == placement.SourceDepth + 1 &&
                         StripMarkdownExtension(parts[^1]) is "index" or "_index";
        return isOwnIndex ? null : MountTable.CollectionName(placement.Mount);
    }

    /// <summary>The collection mount a source file is an entry of, or null.</summary>
    public ContentMount? CollectionMountOf(string sourcePath) =>
        CollectionOf(sourcePath) is null ? null : _mounts.PageOf(sourcePath)!.Mount;

    /// <summary>Loose keys of the raw spellings of a source file's path under its mount (with and without year folders).</summary>
    public IEnumerable<string> RawKeys(string sourcePath)
    {
        if (_mounts.PageOf(sourcePath) is not { } placement)
        {
            yield break;
        }

        var parts = StripMarkdownExtension(sourcePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = placement.Mount.Target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var raw = parts[placement.SourceDepth..];
        yield return LooseKey(UrlPath.FromSegments([.. target, .. raw]));
        yield return UrlPath.FromSegments(PageSegments(sourcePath, placement.Mount, placement.SourceDepth, dropYearFolders: false));
        if (raw.Length > 0 && raw[^1] is not ("index" or "_index"))
        {
            // The raw spellings themselves (the real site's `/blog/Aller vers le covoiturage…`), so that a static
            // export can write a redirect page at each: a server finds them by their loose key anyway.
            yield return UrlPath.FromSegments([.. target, .. raw]);
            if (placement.IsCollection)
            {
                yield return UrlPath.FromSegments([.. target, .. raw.Where((part, i) => i == raw.Length - 1 || !IsYear(part))]);
            }
        }
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

    private static List<string> PageSegments(string sourcePath, ContentMount mount, int sourceDepth, bool dropYearFolders)
    {
        var parts = StripMarkdownExtension(sourcePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = new List<string>(parts.Length + 2);
        segments.AddRange(mount.Target.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(SlugBuilder.Slugify));
        var inCollection = mount.Kind == MountKind.Collection;
        for (var i = sourceDepth; i < parts.Length; i++)
        {
            var isFile = i == parts.Length - 1;
            if (isFile && parts[i] is "index" or "_index")
            {
                continue;
            }

            if (dropYearFolders && inCollection && !isFile && IsYear(parts[i]))
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
