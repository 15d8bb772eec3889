using System.Runtime.CompilerServices;
using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Publication;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Lists;

/// <summary>
/// What the blog's main list (<c>/blog</c>, its pages, its years and the main feeds) shows of the
/// collection: the <c>ExcludeTags</c> of the collection mount whose <c>Target</c> is <c>/blog</c>
/// leave their entries out (they stay in their tag's list and feed). Each list the snapshot hands out
/// (one per publication moment) gets its <see cref="BlogArchive"/> once, kept as long as that list lives.
/// </summary>
public sealed class BlogListing
{
    private readonly ConditionalWeakTable<IReadOnlyList<ContentPage>, BlogArchive> _archives = new();
    private readonly ConditionalWeakTable<IReadOnlyList<ContentPage>, BlogArchive>.CreateValueCallback _create;

    public BlogListing(IOptions<SiteOptions> site)
    {
        ArgumentNullException.ThrowIfNull(site);
        ExcludedTags = ExcludedTagsOf(site.Value.Mounts, SiteUrls.Blog);
        _create = entries => new BlogArchive(entries, ExcludedTags);
    }

    /// <summary>Slugs of the tags the main list leaves out.</summary>
    public IReadOnlySet<string> ExcludedTags { get; }

    /// <summary>The main list and its years for <paramref name="entries"/> (a list from <see cref="ContentSnapshot.Published"/>).</summary>
    public BlogArchive For(IReadOnlyList<ContentPage> entries) => _archives.GetValue(entries, _create);

    /// <summary>The tag slugs every <c>collection</c> mount targeting <paramref name="target"/> excludes.</summary>
    public static IReadOnlySet<string> ExcludedTagsOf(IEnumerable<MountOptions> mounts, string target)
    {
        ArgumentNullException.ThrowIfNull(mounts);
        return mounts
            .Where(mount => string.Equals(mount.Kind, "collection", StringComparison.OrdinalIgnoreCase) &&
                mount.Target is { } path && SameTarget(path, target))
            .SelectMany(mount => mount.ExcludeTags)
            .Select(tag => SlugBuilder.Slugify(tag.Trim()))
            .Where(slug => slug.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameTarget(string path, string target)
    {
        var trimmed = ContentUrlRules.Normalize(path.Trim());
        trimmed = "/" + trimmed.Trim('/');
        return string.Equals(trimmed, target, StringComparison.Ordinal);
    }
}
