using System.Collections;
using System.Globalization;

namespace FabMob.Content.PageCache;

/// <summary>
/// The plain values <see cref="FrontMatterParsing.YamlDocumentReader.ToValue"/> gives (null, string, bool,
/// long, double, lists and maps of them) written as a tag byte and the value, and read back as the same
/// types: a list is a <c>List&lt;object?&gt;</c>, a map a <c>Dictionary&lt;string, object?&gt;</c>
/// (ordinal, keys in written order), a whole number a <c>long</c>, and <c>2.0</c> stays a <c>double</c>.
/// </summary>
internal static class YamlValueCodec
{
    /// <summary>Deeper than the YAML reader ever nests (<see cref="ContentLimits.MaxYamlDepth"/>, 64 by default): a forged record, refused before the stack suffers.</summary>
    public const int MaxDepth = 512;

    private const byte NullTag = 0;
    private const byte StringTag = 1;
    private const byte BoolTag = 2;
    private const byte LongTag = 3;
    private const byte DoubleTag = 4;
    private const byte ListTag = 5;
    private const byte MapTag = 6;

    public static void Write(PageRecordWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteByte(NullTag);
                break;
            case string text:
                writer.WriteByte(StringTag);
                writer.WriteString(text);
                break;
            case bool flag:
                writer.WriteByte(BoolTag);
                writer.WriteBool(flag);
                break;
            case long whole:
                writer.WriteByte(LongTag);
                writer.WriteInt64(whole);
                break;
            case int small:
                writer.WriteByte(LongTag);
                writer.WriteInt64(small);
                break;
            case double real:
                writer.WriteByte(DoubleTag);
                writer.WriteDouble(real);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map.ToList());
                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                writer.WriteByte(ListTag);
                writer.WriteCount(list.Count);
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                break;
            default:
                // Not a value the YAML reader makes: kept as its text.
                writer.WriteByte(StringTag);
                writer.WriteString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    /// <summary>A map of values (the front matter's <c>Params</c>), without its tag.</summary>
    public static void WriteMapBody(PageRecordWriter writer, IReadOnlyCollection<KeyValuePair<string, object?>> map)
    {
        writer.WriteCount(map.Count);
        foreach (var (key, item) in map)
        {
            writer.WriteString(key);
            Write(writer, item);
        }
    }

    /// <summary>A value written by <see cref="Write"/>; null with <see cref="PageRecordReader.Failed"/> set when the bytes are not one.</summary>
    public static object? Read(ref PageRecordReader reader, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            reader.Fail();
            return null;
        }

        switch (reader.ReadByte())
        {
            case NullTag:
                return null;
            case StringTag:
                return reader.ReadString();
            case BoolTag:
                return reader.ReadBool();
            case LongTag:
                return reader.ReadInt64();
            case DoubleTag:
                return reader.ReadDouble();
            case ListTag:
                var count = reader.ReadItemCount();
                var list = new List<object?>(count);
                for (var i = 0; i < count && !reader.Failed; i++)
                {
                    list.Add(Read(ref reader, depth + 1));
                }

                return list;
            case MapTag:
                return ReadMapBody(ref reader, depth + 1);
            default:
                reader.Fail();
                return null;
        }
    }

    /// <summary>A map written by <see cref="WriteMapBody"/> (or after a map tag).</summary>
    public static Dictionary<string, object?> ReadMapBody(ref PageRecordReader reader, int depth = 0)
    {
        // A key and a value take two bytes at least.
        var count = reader.ReadItemCount(minimumItemBytes: 2);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count && !reader.Failed; i++)
        {
            var key = reader.ReadString();
            if (!map.TryAdd(key, Read(ref reader, depth)))
            {
                reader.Fail(); // a key twice: not what was written
            }
        }

        return map;
    }

    private static void WriteMap(PageRecordWriter writer, IReadOnlyCollection<KeyValuePair<string, object?>> map)
    {
        writer.WriteByte(MapTag);
        WriteMapBody(writer, map);
    }
}
