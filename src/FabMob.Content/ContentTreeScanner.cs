using System.IO.Enumeration;

namespace FabMob.Content;

/// <summary>A file found under the content root.</summary>
/// <param name="RelativePath">Path under the root with <c>/</c> separators, NFC.</param>
/// <param name="FullPath">Path on disk.</param>
public sealed record ContentFile(string RelativePath, string FullPath)
{
    /// <summary>Size in bytes when the scan saw the file, or -1 when unknown.</summary>
    public long Length { get; init; } = -1;

    /// <summary>Last write time when the scan saw the file (default when unknown).</summary>
    public DateTimeOffset Modified { get; init; }

    /// <summary>Whether the scan recorded the file's size and time (a rebuild may then reuse its page).</summary>
    public bool HasStamp => Length >= 0;
}

/// <summary>What a content tree holds, sorted by path.</summary>
public sealed record ContentTree(IReadOnlyList<ContentFile> Pages, IReadOnlyList<ContentFile> Assets, IReadOnlyList<ContentFile> DataFiles);

/// <summary>
/// Lists a content tree: <c>*.md</c> files are pages, files with an allowed extension are assets,
/// <c>_data/*.yaml</c> are data files. Names starting with <c>_</c> or <c>.</c> are not pages
/// (except <c>_index.md</c>); symbolic links are not followed, so nothing outside the root is read.
/// </summary>
public static class ContentTreeScanner
{
    public const string DataFolder = "_data";

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
        var pages = new List<ContentFile>();
        var assets = new List<ContentFile>();
        var data = new List<ContentFile>();
        var pending = new Stack<(string Directory, string Prefix)>();
        pending.Push((root, ""));
        while (pending.Count > 0)
        {
            var (directory, prefix) = pending.Pop();
            foreach (var entry in Entries(directory))
            {
                var name = ContentUrlRules.Normalize(entry.Name);
                var relative = prefix + name;
                if (entry.IsDirectory)
                {
                    if (prefix.Length == 0 && name == DataFolder)
                    {
                        data.AddRange(DataFiles(entry.FullPath, relative + "/"));
                    }
                    else if (!IsHidden(name))
                    {
                        pending.Push((entry.FullPath, relative + "/"));
                    }

                    continue;
                }

                var extension = Path.GetExtension(name);
                if (string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase))
                {
                    if (!IsHidden(name) || string.Equals(name, "_index.md", StringComparison.OrdinalIgnoreCase))
                    {
                        pages.Add(new ContentFile(relative, entry.FullPath) { Length = entry.Length, Modified = entry.Modified });
                    }
                }
                else if (!IsHidden(name) && options.AssetExtensions.Contains(extension))
                {
                    assets.Add(new ContentFile(relative, entry.FullPath));
                }
            }
        }

        return new ContentTree(Sorted(pages), Sorted(assets), Sorted(data));
    }

    // Size and time tell a rebuild whether a page can be reused: they are read (one stat) for pages only.
    private static FileSystemEnumerable<ScannedEntry> Entries(string directory) =>
        new(directory, (ref FileSystemEntry entry) =>
        {
            var isPage = !entry.IsDirectory && entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            return new ScannedEntry(entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory,
                isPage ? entry.Length : -1, isPage ? entry.LastWriteTimeUtc : default);
        }, OneLevel);

    private static IEnumerable<ContentFile> DataFiles(string folder, string prefix) =>
        Entries(folder)
            .Where(f => !f.IsDirectory && !IsHidden(f.Name) && Path.GetExtension(f.Name).ToLowerInvariant() is ".yaml" or ".yml")
            .Select(f => new ContentFile(prefix + ContentUrlRules.Normalize(f.Name), f.FullPath));

    private static bool IsHidden(string name) => name.StartsWith('_') || name.StartsWith('.');

    private static List<ContentFile> Sorted(List<ContentFile> files) =>
        [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
}
