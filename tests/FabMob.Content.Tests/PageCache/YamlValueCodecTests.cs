using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>The front matter's other values in the snapshot cache: back as the same CLR types, and a forged record never throws.</summary>
public sealed class YamlValueCodecTests
{
    private static readonly string[] Pair = ["x", "y"];

    private static byte[] Encode(object? value)
    {
        var writer = new PageRecordWriter();
        YamlValueCodec.Write(writer, value);
        return writer.Written.ToArray();
    }

    private static (object? Value, bool Clean) Decode(byte[] bytes)
    {
        var reader = new PageRecordReader(bytes);
        var value = YamlValueCodec.Read(ref reader);
        return (value, reader.EndedCleanly);
    }

    [Fact]
    public void Every_kind_of_value_comes_back_with_its_type_and_value()
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["texte"] = "vélo « électrique »",
            ["vide"] = "",
            ["rien"] = null,
            ["oui"] = true,
            ["non"] = false,
            ["entier"] = 3L,
            ["négatif"] = long.MinValue,
            ["grand"] = long.MaxValue,
            ["réel"] = 2.0,
            ["demi"] = -0.5,
            ["infini"] = double.PositiveInfinity,
            ["liste vide"] = new List<object?>(),
            ["carte vide"] = new Dictionary<string, object?>(StringComparer.Ordinal),
            ["partenaires"] = new List<object?>
            {
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["nom"] = "Ademe", ["part"] = 0.5, ["sites"] = new List<object?> { "a", 1L, null } },
                new List<object?> { new List<object?> { true } },
            },
        };

        var (value, clean) = Decode(Encode(map));

        Assert.True(clean);
        var back = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Same(StringComparer.Ordinal, back.Comparer);
        Assert.Equal(map.Keys, back.Keys);
        Assert.Equal("vélo « électrique »", back["texte"]);
        Assert.Equal("", back["vide"]);
        Assert.Null(back["rien"]);
        Assert.Equal(true, back["oui"]);
        Assert.Equal(false, back["non"]);
        Assert.Equal(3L, Assert.IsType<long>(back["entier"]));
        Assert.Equal(long.MinValue, back["négatif"]);
        Assert.Equal(long.MaxValue, back["grand"]);
        Assert.Equal(2.0, Assert.IsType<double>(back["réel"]));
        Assert.Equal(-0.5, back["demi"]);
        Assert.Equal(double.PositiveInfinity, back["infini"]);
        Assert.Empty(Assert.IsType<List<object?>>(back["liste vide"]));
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(back["carte vide"]));
        var partners = Assert.IsType<List<object?>>(back["partenaires"]);
        var partner = Assert.IsType<Dictionary<string, object?>>(partners[0]);
        Assert.Equal("Ademe", partner["nom"]);
        Assert.Equal(0.5, Assert.IsType<double>(partner["part"]));
        Assert.Equal(new List<object?> { "a", 1L, null }, Assert.IsType<List<object?>>(partner["sites"]));
        var nested = Assert.IsType<List<object?>>(Assert.IsType<List<object?>>(partners[1])[0]);
        Assert.Equal(true, Assert.Single(nested));
    }

    [Fact]
    public void An_int_comes_back_a_long_and_an_unknown_value_as_its_invariant_text()
    {
        Assert.Equal(7L, Assert.IsType<long>(Decode(Encode(7)).Value));
        Assert.Equal("1.5", Decode(Encode(1.5m)).Value);
        Assert.Equal(new List<object?> { "x", "y" }, Decode(Encode(Pair)).Value);
    }

    [Fact]
    public void A_list_count_larger_than_the_bytes_left_fails_without_sizing_a_list_from_it()
    {
        var writer = new PageRecordWriter();
        writer.WriteByte(5); // a list
        writer.WriteCount(int.MaxValue);
        var bytes = writer.Written.ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (_, clean) = Decode(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(clean);
        Assert.True(allocated < 64 * 1024, $"{allocated} octets alloués");
    }

    [Fact]
    public void A_string_length_larger_than_the_bytes_left_fails()
    {
        var writer = new PageRecordWriter();
        writer.WriteByte(1); // a string
        writer.WriteCount(1_000_000);
        writer.WriteBytes("court"u8);

        Assert.False(Decode(writer.Written.ToArray()).Clean);
    }

    [Theory]
    [InlineData(new byte[] { 9 })] // unknown tag
    [InlineData(new byte[] { 2, 7 })] // a bool that is neither 0 nor 1
    [InlineData(new byte[] { 3, 1, 2 })] // a long cut short
    [InlineData(new byte[] { 1, 0 })] // a null string where a string must be
    [InlineData(new byte[] { 5, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })] // a count of more than five 7-bit bytes
    [InlineData(new byte[] { 0, 0 })] // bytes left over
    public void Bytes_that_are_not_a_value_fail_the_record_without_throwing(byte[] bytes)
    {
        Assert.False(Decode(bytes).Clean);
    }

    [Fact]
    public void A_key_written_twice_in_a_map_fails_the_record()
    {
        var writer = new PageRecordWriter();
        writer.WriteByte(6); // a map
        writer.WriteCount(2);
        foreach (var value in new[] { "a", "b" })
        {
            writer.WriteString("clé");
            YamlValueCodec.Write(writer, value);
        }

        Assert.False(Decode(writer.Written.ToArray()).Clean);
    }

    [Fact]
    public void Lists_nested_deeper_than_any_yaml_reader_allows_fail_instead_of_exhausting_the_stack()
    {
        var depth = 100_000;
        var bytes = new byte[(depth * 2) + 1];
        for (var i = 0; i < depth; i++)
        {
            bytes[2 * i] = 5; // a list
            bytes[(2 * i) + 1] = 1; // of one item
        }

        Assert.False(Decode(bytes).Clean);
        Assert.True(Decode(Encode(Nest(YamlValueCodec.MaxDepth))).Clean);
    }

    private static object? Nest(int depth)
    {
        object? value = "fond";
        for (var i = 0; i < depth; i++)
        {
            value = new List<object?> { value };
        }

        return value;
    }
}
