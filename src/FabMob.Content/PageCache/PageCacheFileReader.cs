using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace FabMob.Content.PageCache;

/// <summary>
/// Reads a cache file's records in one pass, front to back, in blocks of <see cref="BlockBytes"/> read straight from
/// the file into one buffer (one system call per block, no stream buffer between), without holding the whole file:
/// a record is checked (CRC-64, lengths, source path and hash) where it lies in the buffer, and only then are its small
/// fields, HTML and search text copied into <see cref="PageSlabs"/> (<see cref="StoredPageRecord"/>), so a corrupt record
/// takes no room there and never touches its neighbours' bytes. The fields are decoded later, in parallel, for the
/// files whose bytes match (<see cref="RenderedPageCache.Find"/>). Every count is checked against the bytes left in the record and the file before anything is sized from it;
/// a record larger than the buffer makes it grow to that record's size (at most the file's size, already checked).
/// </summary>
internal sealed class PageCacheFileReader
{
    /// <summary><c>length (4) | CRC-64 of the payload (8)</c> before each record's payload.</summary>
    public const int RecordHead = 12;

    /// <summary>How much is read from the file at once.</summary>
    public const int BlockBytes = 1 << 20;

    private readonly SafeFileHandle _file;
    private readonly long _fileLength;
    private readonly PageSlabs _fieldSlabs = new();
    private readonly PageSlabs _htmlSlabs = new();
    private readonly PageSlabs _textSlabs = new();
    private byte[] _buffer;
    private long _fileAt;
    private int _start;
    private int _end;

    public PageCacheFileReader(SafeFileHandle file)
    {
        _file = file;
        _fileLength = RandomAccess.GetLength(file);
        _buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(BlockBytes, Math.Max(_fileLength, RecordHead)));
    }

    /// <summary>Whether the file has bytes left.</summary>
    public bool AtEnd => Remaining == 0;

    /// <summary>The slabs the pages' HTML was copied into.</summary>
    public PageSlabs HtmlSlabs => _htmlSlabs;

    /// <summary>The slabs the pages' search text was copied into (apart: the texts are let go once indexed).</summary>
    public PageSlabs TextSlabs => _textSlabs;

    /// <summary>Bytes not read yet: in the buffer and still in the file.</summary>
    private long Remaining => _end - _start + (_fileLength - _fileAt);

    /// <summary>
    /// The next record's head, or false when the file ends before a whole record (cut short: nothing after it
    /// can be read).
    /// </summary>
    public bool TryReadRecordHead(out int length, out ulong checksum)
    {
        length = 0;
        checksum = 0;
        if (Remaining < RecordHead || !Fill(RecordHead))
        {
            return false;
        }

        var head = _buffer.AsSpan(_start, RecordHead);
        _start += RecordHead;
        length = BinaryPrimitives.ReadInt32LittleEndian(head);
        checksum = BinaryPrimitives.ReadUInt64LittleEndian(head[4..]);
        return length >= 0 && length <= Remaining;
    }

    /// <summary>A record's whole payload (the header), or null when its checksum does not match or the file was cut meanwhile.</summary>
    public byte[]? ReadPayload(int length, ulong checksum) =>
        Take(length, out var payload) && Crc64.HashToUInt64(payload) == checksum ? payload.ToArray() : null;

    /// <summary>
    /// The page record of <paramref name="length"/> bytes (the whole record is consumed), checked and copied, its fields
    /// still encoded (<see cref="CachedPageCodec.Check"/>); null when its checksum does not match or its lengths do not add up.
    /// </summary>
    public StoredPageRecord? ReadPage(int length, ulong checksum) =>
        Take(length, out var payload) && Crc64.HashToUInt64(payload) == checksum
            ? CachedPageCodec.Check(payload, _fieldSlabs, _htmlSlabs, _textSlabs)
            : null;

    /// <summary>
    /// The next <paramref name="length"/> bytes (a length already checked against <see cref="Remaining"/>), consumed:
    /// valid until the next read. False when the file turned out shorter than it was (cut while being read).
    /// </summary>
    private bool Take(int length, out ReadOnlySpan<byte> bytes)
    {
        if (!Fill(length))
        {
            bytes = default;
            _start = _end;
            _fileAt = _fileLength;
            return false;
        }

        bytes = _buffer.AsSpan(_start, length);
        _start += length;
        return true;
    }

    /// <summary>
    /// Makes sure the buffer holds at least <paramref name="count"/> unread bytes: what is left is moved to its front
    /// (or into a larger buffer when the record does not fit), then the rest of the buffer is filled from the file.
    /// </summary>
    private bool Fill(int count)
    {
        if (_end - _start >= count)
        {
            return true;
        }

        var unread = _end - _start;
        if (count > _buffer.Length)
        {
            var larger = GC.AllocateUninitializedArray<byte>(count);
            _buffer.AsSpan(_start, unread).CopyTo(larger);
            _buffer = larger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);
        }

        _start = 0;
        _end = unread;
        while (_end < count)
        {
            var read = RandomAccess.Read(_file, _buffer.AsSpan(_end, (int)Math.Min(_buffer.Length - _end, _fileLength - _fileAt)), _fileAt);
            if (read <= 0)
            {
                return false;
            }

            _end += read;
            _fileAt += read;
        }

        return true;
    }
}
