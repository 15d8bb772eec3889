using FabMob.Content.Addresses;

namespace FabMob.Content.Mounts;

/// <summary>
/// Decides what each file of a content tree is, from the mounts: which page mount gives a Markdown
/// file its address (and which others give it extra addresses), which YAML files are data, and at
/// which site path a non-page file is served. With no mounts, the default layout: every page at its
/// path, the configured collections, <c>_data/</c> as data, every allowed file at its path.
/// Folder names are compared as URL segments (slugified), so <c>Blog/</c> is the <c>blog</c> collection.
/// </summary>
public sealed class MountTable
{
    /// <summary>The default layout's data folder.</summary>
    public const string DefaultDataFolder = "_data";

    private readonly Entry[] _pageMounts;
    private readonly Entry[] _dataMounts;
    private readonly Entry[] _fileMounts;

    public MountTable(IReadOnlyList<ContentMount> mounts, IReadOnlyList<string> defaultCollections)
    {
        ArgumentNullException.ThrowIfNull(mounts);
        ArgumentNullException.ThrowIfNull(defaultCollections);
        IsDefaultLayout = mounts.Count == 0;
        Mounts = IsDefaultLayout ? DefaultMounts(defaultCollections) : mounts;
        var entries = Mounts.Select((mount, order) => new Entry(mount, order)).ToArray();
        // Most specific source first; among equals, the order of the configuration (the first is canonical).
        _pageMounts = [.. entries.Where(e => e.Mount.Kind is MountKind.Pages or MountKind.Collection)
            .OrderByDescending(e => e.Source.Length).ThenBy(e => e.Order)];
        _dataMounts = [.. entries.Where(e => e.Mount.Kind == MountKind.Data)];
        _fileMounts = [.. entries.Where(e => e.Mount.Kind == MountKind.Files).OrderByDescending(e => e.Source.Length).ThenBy(e => e.Order)];
        _anyFileList = entries.Any(e => e.Mount.Files.Count > 0);
        _singleFileDepths = [.. _pageMounts.Where(e => e.Mount.Kind == MountKind.Pages).Select(e => e.Source.Length)];
    }

    private readonly bool _anyFileList;
    private readonly HashSet<int> _singleFileDepths;

    /// <summary>
    /// Whether deciding what a file <paramref name="depth"/> segments deep is (its folders, then its name) compares its
    /// name: only a mount that lists its files, or a page mount whose source is as deep (a mount of that one file), does;
    /// every other test compares folders only. The scan slugifies a file's name only when it is compared.
    /// </summary>
    internal bool ComparesFileName(int depth) => _anyFileList || _singleFileDepths.Contains(depth);

    /// <summary>The mounts in force (the default layout's when none were configured).</summary>
    public IReadOnlyList<ContentMount> Mounts { get; }

    /// <summary>True when no mount was configured.</summary>
    public bool IsDefaultLayout { get; }

    /// <summary>The mounts of the default layout.</summary>
    public static IReadOnlyList<ContentMount> DefaultMounts(IReadOnlyList<string> collections)
    {
        ArgumentNullException.ThrowIfNull(collections);
        return
        [
            new ContentMount("", "/", MountKind.Pages),
            .. collections.Select(c => new ContentMount(c, "/" + SlugBuilder.Slugify(c), MountKind.Collection)),
            new ContentMount(DefaultDataFolder, "", MountKind.Data),
            new ContentMount("", "/", MountKind.Files),
        ];
    }

    /// <summary>The name of the collection a mount serves: its target as a path without the leading slash (<c>/blog</c> → <c>blog</c>).</summary>
    public static string CollectionName(ContentMount mount)
    {
        ArgumentNullException.ThrowIfNull(mount);
        return string.Join('/', Segments(mount.Target));
    }

    /// <summary>
    /// The page mount that gives a Markdown file its canonical address, and the other page mounts of the
    /// same source that give it extra addresses; null when no page mount takes the file.
    /// </summary>
    public PagePlacement? PageOf(string sourcePath) => PageOf(Segments(sourcePath));

    /// <summary><see cref="PageOf(string)"/> for a path already split into slugified segments (the scan slugifies each folder once).</summary>
    internal PagePlacement? PageOf(string[] path)
    {
        Entry? primary = null;
        List<ContentMount>? extra = null;
        foreach (var entry in _pageMounts)
        {
            if (!entry.Admits(path, isPage: true))
            {
                continue;
            }

            if (primary is null)
            {
                primary = entry;
            }
            else if (entry.Source.Length == primary.Source.Length && entry.Mount.Kind == MountKind.Pages)
            {
                (extra ??= []).Add(entry.Mount);
            }
        }

        return primary is null ? null : new PagePlacement(primary.Mount, primary.Source.Length, extra ?? []);
    }

    /// <summary>The data name of a YAML file (its file name without extension), or null when no data mount takes it.</summary>
    public string? DataNameOf(string sourcePath) => DataNameOf(sourcePath, Segments(sourcePath));

    /// <summary><see cref="DataNameOf(string)"/> with the path's slugified segments already worked out.</summary>
    internal string? DataNameOf(string sourcePath, string[] path)
    {
        return _dataMounts.Any(e => e.Admits(path, isPage: false))
            ? Path.GetFileNameWithoutExtension(sourcePath[(sourcePath.LastIndexOf('/') + 1)..])
            : null;
    }

    /// <summary>The site path a non-page file is served at (not encoded), or null when no file mount takes it.</summary>
    public string? FilePathOf(string sourcePath) => FilePathOf(sourcePath, Segments(sourcePath));

    /// <summary><see cref="FilePathOf(string)"/> with the path's slugified segments already worked out.</summary>
    internal string? FilePathOf(string sourcePath, string[] path)
    {
        var raw = sourcePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var entry in _fileMounts)
        {
            if (entry.Admits(path, isPage: false))
            {
                // The file keeps its own spelling under the target: a picture is found at its repository path.
                return "/" + string.Join('/', [.. entry.Target, .. raw[entry.Source.Length..]]);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the scan must look inside a folder (given as its path under the root): it holds, or may
    /// hold below it, files some mount takes. Hidden folders are entered only when a mount names them.
    /// </summary>
    public bool Enters(string folderPath, bool hidden)
    {
        var path = Segments(folderPath);
        if (path.Contains("git"))
        {
            // `.git` (slugified `git`) holds the repository's objects: never content, whatever a mount says.
            var raw = folderPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (raw.Contains(".git", StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var entry in _pageMounts.Concat(_dataMounts).Concat(_fileMounts))
        {
            var source = entry.Source;
            if (path.Length <= source.Length)
            {
                // On the way to a mounted folder, or the folder itself (a hidden one too: a mount named it).
                if (StartsWith(source, path))
                {
                    return true;
                }
            }
            else if (!hidden && StartsWith(path, source) &&
                     (entry.Mount.Kind == MountKind.Collection || entry.Mount.Kind != MountKind.Data && entry.Mount.Recursive))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(string[] path, string[] prefix)
    {
        if (prefix.Length > path.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(path[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A path's segments as URL segments (slugified), so that folder spellings compare as addresses do.</summary>
    internal static string[] Segments(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(SlugBuilder.Slugify)];

    private sealed class Entry(ContentMount mount, int order)
    {
        public ContentMount Mount { get; } = mount;
        public int Order { get; } = order;
        public string[] Source { get; } = Segments(mount.Source);

        /// <summary>The target's slugified segments (worked out once, not for each file served under it).</summary>
        public string[] Target { get; } = Segments(mount.Target);
        private readonly HashSet<string> _files = [.. mount.Files.Select(f => string.Join('/', Segments(f)))];

        /// <summary>Whether the file at <paramref name="path"/> (slugified segments) belongs to this mount.</summary>
        public bool Admits(string[] path, bool isPage)
        {
            if (path.Length == Source.Length)
            {
                // A mount of a single file (accueil.md → /).
                return isPage && Mount.Kind == MountKind.Pages && StartsWith(path, Source);
            }

            if (!StartsWith(path, Source))
            {
                return false;
            }

            var depth = path.Length - Source.Length;
            if (depth > 1 && (Mount.Kind == MountKind.Data || Mount.Kind != MountKind.Collection && !Mount.Recursive))
            {
                return false;
            }

            return _files.Count == 0 || _files.Contains(string.Join('/', path[Source.Length..]));
        }
    }
}

/// <summary>Where a Markdown file is placed: its canonical mount (whose source has <paramref name="SourceDepth"/> segments) and the mounts that give it extra addresses.</summary>
public sealed record PagePlacement(ContentMount Mount, int SourceDepth, IReadOnlyList<ContentMount> ExtraMounts)
{
    public bool IsCollection => Mount.Kind == MountKind.Collection;
}
