namespace FabMob.Content.PageCache;

/// <summary>
/// Where a cache load puts the pages' HTML, and in another instance their search text (apart: the texts are let go once
/// the search index has them, the HTML stays): copied one after the other into a few large arrays
/// (slabs of <see cref="SlabBytes"/>), each page keeping its bytes as a slice, instead of one array per page (at
/// 10,000 pages, 20,000 arrays pinned so that the collections set off by the load would not copy them: their
/// allocation was 190 of the read's 343 sampled ms, docs/performance.md « Redémarrage à 10 000 : des tranches »).
/// A slab is larger than 85,000 bytes, so it lives on the large object heap, where the collector does not move it:
/// no pinning needed. A slice never crosses two slabs: what does not fit in the rest of the current slab starts a new
/// one, and a piece larger than <see cref="OwnArrayBytes"/> gets an array of its own (so a slab is never left more
/// than that much unused at its end).
/// <para>
/// Memory: a slab lives as long as any of its slices does. When edits replace pages, the old pages' bytes stay in
/// their slab until every page of that slab is gone; what a load's slabs hold at most is the HTML and text it read
/// (less than the cache file's size, 47 of 67 MB at 10,000 articles), plus up to <see cref="OwnArrayBytes"/> left
/// unused at the end of each slab. Not thread-safe: one per load.
/// </para>
/// </summary>
internal sealed class PageSlabs
{
    /// <summary>The size of a slab: 1 MiB, on the large object heap (from 85,000 bytes).</summary>
    public const int SlabBytes = 1 << 20;

    /// <summary>Pieces from this size get an array of their own rather than a slice (an eighth of a slab).</summary>
    public const int OwnArrayBytes = SlabBytes / 8;

    private byte[] _slab = [];
    private int _used;

    /// <summary>How many slabs were started (for tests and logs).</summary>
    public int Slabs { get; private set; }

    /// <summary>A copy of <paramref name="bytes"/>: a slice of the current slab, of a new one, or an array of its own when large.</summary>
    public ReadOnlyMemory<byte> Copy(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (bytes.Length >= OwnArrayBytes)
        {
            return bytes.ToArray();
        }

        if (bytes.Length > _slab.Length - _used)
        {
            _slab = GC.AllocateUninitializedArray<byte>(SlabBytes);
            _used = 0;
            Slabs++;
        }

        var slice = _slab.AsMemory(_used, bytes.Length);
        bytes.CopyTo(slice.Span);
        _used += bytes.Length;
        return slice;
    }
}
