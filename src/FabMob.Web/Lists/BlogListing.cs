using System.Runtime.CompilerServices;
using FabMob.Content;
using FabMob.Content.Mounts;

namespace FabMob.Web.Lists;

/// <summary>
/// The blog: the one collection whose list the site serves (the first <c>collection</c> mount of the
/// mount table in force that is not at the site's root; the default layout's when there is none), and what its main
/// list (its address, its pages, its years and the main feeds) shows of it: the <c>ExcludeTags</c> of
/// the collection mounts serving it leave their entries out (they stay in their tag's list and feed).
/// Each list the snapshot hands out (one per publication moment) gets its <see cref="BlogArchive"/>
/// once, kept as long as that list lives.
/// </summary>
public sealed class BlogListing
{
    private readonly ConditionalWeakTable<IReadOnlyList<ContentPage>, BlogArchive> _archives = new();
    private readonly ConditionalWeakTable<IReadOnlyList<ContentPage>, BlogArchive>.CreateValueCallback _create;

    public BlogListing(ContentOptions content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // A collection mounted at the site's root has no address of its own for a list: it is not the blog.
        var collections = content.MountTable().Mounts
            .Where(mount => mount.Kind == MountKind.Collection && MountTable.CollectionName(mount).Length > 0).ToList();
        var blog = collections.FirstOrDefault() ??
            MountTable.DefaultMounts(new ContentOptions().Collections).First(mount => mount.Kind == MountKind.Collection);
        Collection = MountTable.CollectionName(blog);
        ExcludedTags = collections
            .Where(mount => MountTable.CollectionName(mount) == Collection)
            .SelectMany(mount => mount.ExcludeTags)
            .Select(tag => SlugBuilder.Slugify(tag.Trim()))
            .Where(slug => slug.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        _create = entries => new BlogArchive(entries, ExcludedTags);
    }

    /// <summary>The blog's collection name (the slug of its mount's <c>Target</c>: <c>blog</c>, <c>actualités</c>).</summary>
    public string Collection { get; }

    /// <summary>Slugs of the tags the main list leaves out.</summary>
    public IReadOnlySet<string> ExcludedTags { get; }

    /// <summary>The main list and its years for <paramref name="entries"/> (a list of the blog's collection from <see cref="ContentSnapshot.Published"/>).</summary>
    public BlogArchive For(IReadOnlyList<ContentPage> entries) => _archives.GetValue(entries, _create);

    /// <summary>The main list of the entries published at <paramref name="now"/>.</summary>
    public BlogArchive Published(ContentSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return For(snapshot.Published(Collection, now));
    }

    /// <summary>The main list of every entry, drafts and scheduled ones included (what may be linked to).</summary>
    public BlogArchive Everything(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return For(snapshot.Published(Collection, DateTimeOffset.MaxValue, includeUnpublished: true));
    }
}
