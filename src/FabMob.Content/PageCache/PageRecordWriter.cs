using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// Writes the binary encoding <see cref="PageRecordReader"/> reads: little-endian fixed-size numbers,
/// 7-bit encoded counts (as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/>), and strings as a 7-bit
/// encoded UTF-8 byte count plus one (zero for null) followed by their UTF-8 bytes.
/// </summary>
internal sealed class PageRecordWriter
{
    private readonly ArrayBufferWriter<byte> _buffer;

    public PageRecordWriter(int initialCapacity = 1024) => _buffer = new ArrayBufferWriter<byte>(initialCapacity);

    /// <summary>What was written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <summary>How many bytes were written so far.</summary>
    public int Length => _buffer.WrittenCount;

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteBool(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    /// <summary>A content hash, low half first (the bytes a <see cref="UInt128"/> was written as before).</summary>
    public void WriteHash(ContentHash value)
    {
        var span = _buffer.GetSpan(16);
        BinaryPrimitives.WriteUInt64LittleEndian(span, value.Low);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], value.High);
        _buffer.Advance(16);
    }

    /// <summary>A count or length, 7 bits a byte, low bits first (1 byte below 128).</summary>
    public void WriteCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var value = (uint)count;
        var span = _buffer.GetSpan(5);
        var at = 0;
        while (value >= 0x80)
        {
            span[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[at++] = (byte)value;
        _buffer.Advance(at);
    }

    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteCount(0);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        WriteCount(length + 1);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_buffer.GetSpan(value.Length));
        _buffer.Advance(value.Length);
    }
}
