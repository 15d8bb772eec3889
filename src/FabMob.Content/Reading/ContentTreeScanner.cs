using System.IO.Enumeration;
using FabMob.Content.Addresses;
using FabMob.Content.Mounts;

namespace FabMob.Content.Reading;

/// <summary>A file found under the content root.</summary>
/// <param name="RelativePath">Path under the root with <c>/</c> separators, NFC.</param>
/// <param name="FullPath">Path on disk.</param>
public sealed record ContentFile(string RelativePath, string FullPath)
{
    /// <summary>Size in bytes when the scan saw the file, or -1 when unknown.</summary>
    public long Length { get; init; } = -1;

    /// <summary>Last write time when the scan saw the file (default when unknown).</summary>
    public DateTimeOffset Modified { get; init; }

    /// <summary>For a non-page file, the site path it is served at (not encoded); null for pages and data.</summary>
    public string? SitePath { get; init; }

    /// <summary>Whether the scan recorded the file's size and time (a rebuild may then reuse its page).</summary>
    public bool HasStamp => Length >= 0;
}

/// <summary>What a content tree holds, sorted by path.</summary>
public sealed record ContentTree(IReadOnlyList<ContentFile> Pages, IReadOnlyList<ContentFile> Assets, IReadOnlyList<ContentFile> DataFiles);

/// <summary>
/// Lists a content tree through its mounts (<see cref="MountTable"/>): Markdown files a page mount takes
/// are pages, YAML files a data mount takes are data, files with an allowed extension a file mount
/// takes are assets. Names starting with <c>_</c> or <c>.</c> are not pages (except <c>_index.md</c>);
/// folders no mount reaches are not entered; <c>.git</c> and the site configuration file never are
/// content; symbolic links are not followed, so nothing outside the root is read.
/// </summary>
public static class ContentTreeScanner
{
    /// <summary>The default layout's data folder.</summary>
    public const string DataFolder = MountTable.DefaultDataFolder;

    // Links are skipped by the enumeration itself: it knows them from the directory listing, without
    // reading each entry's status (a stat per entry was most of a rebuild's scan at 22,000 entries).
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    public static ContentTree Scan(string root, ContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Scan(root, options, options.MountTable());
    }

    public static ContentTree Scan(string root, ContentOptions options, MountTable mounts)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(mounts);
        var pages = new List<ContentFile>();
        var assets = new List<ContentFile>();
        var data = new List<ContentFile>();
        // A hidden folder is entered only when a data mount names it (`_data`): it holds data, never pages or files.
        // Each folder's path as slugified segments is worked out once, for all its files (the mount table compares those).
        var pending = new Stack<(string Directory, string Prefix, string[] Segments, bool InHidden)>();
        pending.Push((root, "", [], false));
        while (pending.Count > 0)
        {
            var (directory, prefix, folder, inHidden) = pending.Pop();
            foreach (var entry in Entries(directory))
            {
                var name = ContentUrlRules.Normalize(entry.Name);
                var relative = prefix + name;
                var hidden = IsHidden(name);
                if (entry.IsDirectory)
                {
                    if (mounts.Enters(relative, hidden || inHidden))
                    {
                        pending.Push((entry.FullPath, relative + "/", [.. folder, SlugBuilder.Slugify(name)], hidden || inHidden));
                    }

                    continue;
                }

                var extension = Path.GetExtension(name);
                if (inHidden && !(extension.ToLowerInvariant() is ".yaml" or ".yml"))
                {
                    continue;
                }

                if (string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase))
                {
                    if ((!hidden || string.Equals(name, "_index.md", StringComparison.OrdinalIgnoreCase)) && mounts.PageOf(SegmentsOf(mounts, folder, name)) is not null)
                    {
                        pages.Add(new ContentFile(relative, entry.FullPath) { Length = entry.Length, Modified = entry.Modified });
                    }
                }
                else if (extension.ToLowerInvariant() is ".yaml" or ".yml")
                {
                    if (!hidden && !(prefix.Length == 0 && SiteConfiguration.IsConfigurationFile(name)) && mounts.DataNameOf(relative, SegmentsOf(mounts, folder, name)) is not null)
                    {
                        data.Add(new ContentFile(relative, entry.FullPath) { Length = entry.Length, Modified = entry.Modified });
                    }
                }
                else if (!hidden && options.AssetExtensions.Contains(extension) && mounts.FilePathOf(relative, SegmentsOf(mounts, folder, name)) is { } sitePath)
                {
                    assets.Add(new ContentFile(relative, entry.FullPath) { SitePath = ContentUrlRules.Normalize(sitePath) });
                }
            }
        }

        return new ContentTree(Sorted(pages), Sorted(assets), Sorted(data));
    }

    // Size and time tell a rebuild whether a page can be reused, and the reader never opens a file seen empty (a named
    // pipe shows a size of 0, and opening one for reading waits for a writer): they are read (one stat) for the files the
    // build reads, pages and data, not for the assets.
    private static FileSystemEnumerable<ScannedEntry> Entries(string directory) =>
        new(directory, (ref FileSystemEntry entry) =>
        {
            var isRead = !entry.IsDirectory && IsReadByBuild(entry.FileName);
            return new ScannedEntry(entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory,
                isRead ? entry.Length : -1, isRead ? entry.LastWriteTimeUtc : default);
        }, OneLevel);

    private static bool IsReadByBuild(ReadOnlySpan<char> name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A file's path as the mount table compares it: its folder's slugified segments, then its name, slugified only when
    /// the table compares it (<see cref="MountTable.ComparesFileName"/>; a slug per file was half the scan at 10,000 pages).
    /// </summary>
    private static string[] SegmentsOf(MountTable mounts, string[] folder, string name) =>
        [.. folder, mounts.ComparesFileName(folder.Length + 1) ? SlugBuilder.Slugify(name) : name];

    private static bool IsHidden(string name) => name.StartsWith('_') || name.StartsWith('.');

    /// <summary>By path, in ordinal order; sorted in place (paths are unique, so an unstable sort gives the same order).</summary>
    private static List<ContentFile> Sorted(List<ContentFile> files)
    {
        files.Sort(static (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }
}
