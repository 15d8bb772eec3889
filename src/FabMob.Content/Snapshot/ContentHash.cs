using System.Buffers.Binary;
using System.IO.Hashing;

namespace FabMob.Content.Snapshot;

/// <summary>
/// The XxHash128 of a source file's bytes (the page cache's key for its content), as two 64-bit halves. Not a
/// <see cref="UInt128"/>: the ReadyToRun compiler refuses every method that lays out or reads a type holding a 128-bit
/// integer field (its ABI is not fixed across versions), so with a <see cref="UInt128"/> in <see cref="ContentPage"/>
/// the snapshot's constructor, the builder's placement and the cache's decoder ran as first-tier JIT code at each
/// start (docs/performance.md « Chargement à 10 000 : le code précompilé, le décodage en parallèle »).
/// </summary>
internal readonly record struct ContentHash(ulong High, ulong Low)
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static ContentHash Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        // XxHash128 writes its 128 bits big-endian: the high half first.
        return new ContentHash(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
    }
}
