using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;

namespace FabMob.Content.PageCache;

/// <summary>
/// Reads a cache file's records in one pass, front to back, without holding the whole file: each page's
/// HTML and search text are read straight into the arrays the page keeps (no copy out of a buffer of the
/// whole file; these arrays live on the pinned object heap, see <see cref="Pinned"/>), its small fields into a
/// buffer used again for the next record. Every count is checked
/// against the bytes left in the record and the file before anything is sized from it.
/// </summary>
internal sealed class PageCacheFileReader : IDisposable
{
    /// <summary><c>length (4) | CRC-64 of the payload (8)</c> before each record's payload.</summary>
    public const int RecordHead = 12;

    // The HTML and text arrays go to the pinned object heap: they live as long as the snapshot, and there the
    // collections that the load itself sets off do not copy them from generation to generation (at 10,000
    // pages, 47 MB: GC pauses during the load 101–152 → 38–54 ms, load 281–437 → 185–264 ms, docs/performance.md).
    private const bool Pinned = true;

    private readonly FileStream _stream;
    private readonly Crc64 _checksum = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private long _remaining;

    public PageCacheFileReader(FileStream stream)
    {
        _stream = stream;
        _remaining = stream.Length;
    }

    /// <summary>Whether the file has bytes left.</summary>
    public bool AtEnd => _remaining == 0;

    /// <summary>
    /// The next record's head, or false when the file ends before a whole record (cut short: nothing after it
    /// can be read).
    /// </summary>
    public bool TryReadRecordHead(out int length, out ulong checksum)
    {
        length = 0;
        checksum = 0;
        if (_remaining < RecordHead)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[RecordHead];
        _stream.ReadExactly(head);
        _remaining -= RecordHead;
        length = BinaryPrimitives.ReadInt32LittleEndian(head);
        checksum = BinaryPrimitives.ReadUInt64LittleEndian(head[4..]);
        return length >= 0 && length <= _remaining;
    }

    /// <summary>A record's whole payload (the header), or null when its checksum does not match.</summary>
    public byte[]? ReadPayload(int length, ulong checksum)
    {
        var payload = GC.AllocateUninitializedArray<byte>(length);
        Read(payload);
        return Crc64.HashToUInt64(payload) == checksum ? payload : null;
    }

    /// <summary>
    /// The page in a record of <paramref name="length"/> bytes (the whole record is consumed), or null when its
    /// checksum does not match or its contents do not add up.
    /// </summary>
    public CachedPage? ReadPage(int length, ulong checksum)
    {
        if (length < PageRecordHead.Size)
        {
            Skip(length);
            return null;
        }

        Span<byte> headBytes = stackalloc byte[PageRecordHead.Size];
        Read(headBytes);
        if (!PageRecordHead.TryRead(headBytes, length, out var head))
        {
            Skip(length - PageRecordHead.Size);
            return null;
        }

        _checksum.Reset();
        _checksum.Append(headBytes);
        var fields = Buffer(head.FieldsLength)[..head.FieldsLength];
        Read(fields);
        _checksum.Append(fields);
        var html = GC.AllocateUninitializedArray<byte>(head.HtmlLength, Pinned);
        Read(html);
        _checksum.Append(html);
        byte[]? text = null;
        if (head.TextBytes >= 0)
        {
            text = GC.AllocateUninitializedArray<byte>(head.TextBytes, Pinned);
            Read(text);
            _checksum.Append(text);
        }

        return _checksum.GetCurrentHashAsUInt64() == checksum ? CachedPageCodec.Decode(head, fields, html, text) : null;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>The reused buffer, at least <paramref name="length"/> bytes (a length already checked against the record).</summary>
    private Span<byte> Buffer(int length)
    {
        if (_buffer.Length < length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(length);
        }

        return _buffer;
    }

    private void Read(Span<byte> destination)
    {
        _stream.ReadExactly(destination);
        _remaining -= destination.Length;
    }

    private void Skip(int length)
    {
        _stream.Seek(length, SeekOrigin.Current);
        _remaining -= length;
    }
}
