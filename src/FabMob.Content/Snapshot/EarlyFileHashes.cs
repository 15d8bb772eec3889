using System.Buffers;
using System.IO.Hashing;
using FabMob.Content.Reading;

namespace FabMob.Content.Snapshot;

/// <summary>
/// The page files' hashes taken while the snapshot cache is still being read on another thread: once the tree is
/// scanned, the build has nothing to do until the cache is there (it decides, file by file, whether the cache holds a
/// page for these bytes), so it reads and hashes files in path order meanwhile, and stops as soon as the cache is read.
/// The decision still waits for the cache; a file hashed early is not read again when the cache has its page. At
/// 10,000 articles the scan ended some 100–150 ms before the cache read (docs/performance.md « Redémarrage à
/// 10 000 : des tranches »).
/// </summary>
internal sealed class EarlyFileHashes
{
    private const int BufferBytes = 256 * 1024;

    private readonly UInt128?[] _hashes;

    private EarlyFileHashes(UInt128?[] hashes, int count)
    {
        _hashes = hashes;
        Count = count;
    }

    /// <summary>How many files were hashed before the cache was read.</summary>
    public int Count { get; }

    /// <summary>
    /// The hashes of <paramref name="files"/>, from the first, taken until <paramref name="cacheRead"/> completes; null
    /// when it already has (nothing to overlap).
    /// </summary>
    public static EarlyFileHashes? While(Task cacheRead, IReadOnlyList<ContentFile> files, ContentLimits limits)
    {
        if (cacheRead.IsCompleted)
        {
            return null;
        }

        var hashes = new UInt128?[files.Count];
        var rented = ArrayPool<byte>.Shared.Rent(BufferBytes);
        var buffer = rented;
        var count = 0;
        try
        {
            for (; count < files.Count && !cacheRead.IsCompleted; count++)
            {
                // A file that cannot be read is left without a hash: the build reads it again and reports why.
                var length = ContentFileReader.ReadInto(files[count], limits, ref buffer, out _);
                if (length >= 0)
                {
                    hashes[count] = XxHash128.HashToUInt128(buffer.AsSpan(0, length));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new EarlyFileHashes(hashes, count);
    }

    /// <summary>The hash of the file at <paramref name="index"/> in the list given, or null when it was not taken.</summary>
    public UInt128? this[int index] => _hashes[index];
}
