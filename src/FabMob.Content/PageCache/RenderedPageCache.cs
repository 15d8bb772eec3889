using FabMob.Content.Reading;
using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// The pages a cache file held, by source path, each with the hash of the bytes it was rendered from:
/// a file whose bytes hash the same gets its page back instead of being rendered. Read-only once
/// loaded (safe from any thread).
/// </summary>
public sealed class RenderedPageCache
{
    public static readonly RenderedPageCache Empty = new(new Dictionary<string, StoredPageRecord>(StringComparer.Ordinal), 0);

    private readonly Dictionary<string, StoredPageRecord> _pages;

    internal RenderedPageCache(Dictionary<string, StoredPageRecord> pages, int rejected)
    {
        _pages = pages;
        Rejected = rejected;
    }

    /// <summary>How many pages it holds.</summary>
    public int Count => _pages.Count;

    /// <summary>
    /// Records of the file found corrupt or truncated at load (checksum, lengths, source path and hash), left out: their
    /// files are rendered again. A record whose other fields do not add up (only a forged one, its checksum matching) is
    /// found when its file's bytes match, and that file is rendered again too; it is not counted here.
    /// </summary>
    public int Rejected { get; }

    /// <summary>Whether a page of the file at <paramref name="sourcePath"/> is held (whatever bytes it was rendered from).</summary>
    internal bool Has(string sourcePath) => _pages.ContainsKey(sourcePath);

    /// <summary>
    /// The page rendered from <paramref name="file"/> when its bytes hashed <paramref name="hash"/>, stamped
    /// with the file's write time and size as they are now; null when the cache has none for these bytes, or when its
    /// record's fields do not add up (then the file is rendered again). The record is decoded here, on the caller's
    /// thread (the build's parallel pass), not when the file is loaded. Safe from any thread.
    /// </summary>
    internal ContentPage? Find(ContentFile file, ContentHash hash, DateTimeOffset modified) =>
        _pages.TryGetValue(file.RelativePath, out var record) && record.SourceHash == hash && CachedPageCodec.Decode(record) is { } cached
            ? cached.ToPage(modified, file.Length)
            : null;

    /// <summary>Whether <paramref name="pages"/> are exactly the pages (by source and content) this cache holds: nothing to write.</summary>
    public bool Holds(IReadOnlyCollection<ContentPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages.Count == _pages.Count && pages.All(page =>
            _pages.TryGetValue(page.SourcePath, out var cached) && cached.SourceHash == page.SourceHash);
    }

    /// <summary>Whether two page lists (in the same order) come from the same files with the same bytes: the cache written for one holds the other.</summary>
    public static bool SameSources(IReadOnlyList<ContentPage> first, IReadOnlyList<ContentPage> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            return false;
        }

        for (var i = 0; i < first.Count; i++)
        {
            if (first[i].SourcePath != second[i].SourcePath || first[i].SourceHash != second[i].SourceHash)
            {
                return false;
            }
        }

        return true;
    }
}
