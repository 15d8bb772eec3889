using System.Buffers.Binary;
using System.Text;
using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// Reads what <see cref="PageRecordWriter"/> wrote, defensively: a read past the end, a count or length
/// larger than the bytes left, or a value out of range sets <see cref="Failed"/> (it stays set, every later
/// read gives a default value) instead of throwing, and nothing is allocated for a length that the bytes
/// left cannot hold. The caller checks <see cref="Failed"/> once at the end and drops the record.
/// </summary>
internal ref struct PageRecordReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly RecordStrings? _strings;
    private int _at;

    public PageRecordReader(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    /// <summary>A reader that gives a string written twice in <paramref name="bytes"/> as one (<see cref="RecordStrings"/>).</summary>
    public PageRecordReader(ReadOnlySpan<byte> bytes, RecordStrings strings)
    {
        _bytes = bytes;
        _strings = strings;
    }

    /// <summary>Whether something did not add up; what was read since is meaningless.</summary>
    public bool Failed { get; private set; }

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _bytes.Length - _at;

    /// <summary>Whether every byte was read and nothing failed: a record with bytes left over is not one that was written.</summary>
    public readonly bool EndedCleanly => !Failed && _at == _bytes.Length;

    /// <summary>Marks the record as unreadable (a value read fine but means nothing: an unknown tag, a duplicate key).</summary>
    public void Fail()
    {
        Failed = true;
        _at = _bytes.Length;
    }

    public byte ReadByte() => Take(1) is { Length: 1 } span ? span[0] : (byte)0;

    public bool ReadBool()
    {
        var value = ReadByte();
        if (value > 1)
        {
            Fail();
        }

        return value == 1;
    }

    public int ReadInt32() => Take(4) is { Length: 4 } span ? BinaryPrimitives.ReadInt32LittleEndian(span) : 0;

    public long ReadInt64() => Take(8) is { Length: 8 } span ? BinaryPrimitives.ReadInt64LittleEndian(span) : 0;

    public double ReadDouble() => Take(8) is { Length: 8 } span ? BinaryPrimitives.ReadDoubleLittleEndian(span) : 0;

    public ContentHash ReadHash() => Take(16) is { Length: 16 } span
        ? new ContentHash(BinaryPrimitives.ReadUInt64LittleEndian(span[8..]), BinaryPrimitives.ReadUInt64LittleEndian(span))
        : default;

    /// <summary>A 7-bit encoded count, at most <see cref="int.MaxValue"/> (five bytes at most).</summary>
    public int ReadCount()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var part = ReadByte();
            if (Failed || (shift == 28 && part > 0x07))
            {
                Fail();
                return 0;
            }

            value |= (uint)(part & 0x7F) << shift;
            if (part < 0x80)
            {
                return (int)value;
            }
        }

        Fail();
        return 0;
    }

    /// <summary>
    /// A count of items each written in at least <paramref name="minimumItemBytes"/> bytes: one that the bytes
    /// left cannot hold fails, so that no list is sized from a forged count.
    /// </summary>
    public int ReadItemCount(int minimumItemBytes = 1)
    {
        var count = ReadCount();
        if ((long)count * minimumItemBytes > Remaining)
        {
            Fail();
            return 0;
        }

        return count;
    }

    public string? ReadNullableString()
    {
        var length = ReadCount();
        if (length == 0)
        {
            return null;
        }

        var start = _at;
        var span = Take(length - 1);
        if (Failed)
        {
            return null;
        }

        return _strings is null ? Encoding.UTF8.GetString(span) : _strings.Get(_bytes, start, length - 1);
    }

    /// <summary>A string that was never written null: a null fails the record.</summary>
    public string ReadString()
    {
        var value = ReadNullableString();
        if (value is null)
        {
            Fail();
            return "";
        }

        return value;
    }

    /// <summary>Passes over a string that was never written null (a null fails the record), without making it.</summary>
    public void SkipString()
    {
        var length = ReadCount();
        if (length == 0)
        {
            Fail();
            return;
        }

        Take(length - 1);
    }

    /// <summary>The next <paramref name="length"/> bytes, or an empty span (and <see cref="Failed"/>) when fewer are left.</summary>
    public ReadOnlySpan<byte> Take(int length)
    {
        if (Failed || length < 0 || length > Remaining)
        {
            Fail();
            return [];
        }

        var span = _bytes.Slice(_at, length);
        _at += length;
        return span;
    }
}
