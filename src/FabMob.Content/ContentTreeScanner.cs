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

    public static ContentTree Scan(string root, ContentOptions options)
    {
        var pages = new List<ContentFile>();
        var assets = new List<ContentFile>();
        var data = new List<ContentFile>();
        var pending = new Stack<(DirectoryInfo Directory, string Prefix)>();
        pending.Push((new DirectoryInfo(root), ""));
        while (pending.Count > 0)
        {
            var (directory, prefix) = pending.Pop();
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                // Links are never followed. The enumeration's own attributes tell (no readlink per entry).
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                var name = ContentUrlRules.Normalize(entry.Name);
                var relative = prefix + name;
                if (entry is DirectoryInfo child)
                {
                    if (prefix.Length == 0 && name == DataFolder)
                    {
                        data.AddRange(DataFiles(child, relative + "/"));
                    }
                    else if (!IsHidden(name))
                    {
                        pending.Push((child, relative + "/"));
                    }

                    continue;
                }

                var extension = Path.GetExtension(name);
                if (string.Equals(extension, ".md", StringComparison.OrdinalIgnoreCase))
                {
                    if (!IsHidden(name) || string.Equals(name, "_index.md", StringComparison.OrdinalIgnoreCase))
                    {
                        pages.Add(new ContentFile(relative, entry.FullName)
                        {
                            Length = ((FileInfo)entry).Length,
                            Modified = entry.LastWriteTimeUtc,
                        });
                    }
                }
                else if (!IsHidden(name) && options.AssetExtensions.Contains(extension))
                {
                    assets.Add(new ContentFile(relative, entry.FullName));
                }
            }
        }

        return new ContentTree(Sorted(pages), Sorted(assets), Sorted(data));
    }

    private static IEnumerable<ContentFile> DataFiles(DirectoryInfo folder, string prefix) =>
        folder.EnumerateFiles()
            .Where(f => (f.Attributes & FileAttributes.ReparsePoint) == 0 && !IsHidden(f.Name) &&
                        Path.GetExtension(f.Name).ToLowerInvariant() is ".yaml" or ".yml")
            .Select(f => new ContentFile(prefix + ContentUrlRules.Normalize(f.Name), f.FullName));

    private static bool IsHidden(string name) => name.StartsWith('_') || name.StartsWith('.');

    private static List<ContentFile> Sorted(List<ContentFile> files) =>
        [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
}
