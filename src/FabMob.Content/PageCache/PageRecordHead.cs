using System.Buffers.Binary;

namespace FabMob.Content.PageCache;

/// <summary>
/// The first 16 bytes of a page record's payload: the byte counts of its small fields, its HTML and its
/// search text (-1 when none), and the text's UTF-8 length (<see cref="CachedPageCodec"/>).
/// </summary>
internal readonly record struct PageRecordHead(int FieldsLength, int HtmlLength, int TextBytes, int TextLength)
{
    public const int Size = 16;

    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, FieldsLength);
        BinaryPrimitives.WriteInt32LittleEndian(destination[4..], HtmlLength);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], TextBytes);
        BinaryPrimitives.WriteInt32LittleEndian(destination[12..], TextLength);
    }

    /// <summary>
    /// The head at the start of a payload of <paramref name="payloadLength"/> bytes, or false when its counts are
    /// negative or do not add up to that length exactly (so that no count larger than the record is ever used).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, long payloadLength, out PageRecordHead head)
    {
        head = default;
        if (source.Length < Size || payloadLength < Size)
        {
            return false;
        }

        var fields = BinaryPrimitives.ReadInt32LittleEndian(source);
        var html = BinaryPrimitives.ReadInt32LittleEndian(source[4..]);
        var textBytes = BinaryPrimitives.ReadInt32LittleEndian(source[8..]);
        var textLength = BinaryPrimitives.ReadInt32LittleEndian(source[12..]);
        if (fields < 0 || html < 0 || textBytes < -1 || textLength < Math.Max(textBytes, 0) ||
            (long)Size + fields + html + Math.Max(textBytes, 0) != payloadLength)
        {
            return false;
        }

        head = new PageRecordHead(fields, html, textBytes, textLength);
        return true;
    }
}
