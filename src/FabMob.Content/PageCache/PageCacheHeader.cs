using System.Text.Json;

namespace FabMob.Content.PageCache;

/// <summary>
/// The first record of a cache file: what its pages were rendered by and with. Written as
/// <c>"FMPC" | format (4 bytes) | product | inputs</c> (strings as <see cref="PageRecordWriter"/> writes them),
/// so that any later format is still recognised by its number. The formats up to 3 wrote it as JSON
/// (<c>{"Format":3,"Product":…}</c>): such a header is read far enough to say which format it is.
/// </summary>
/// <param name="Format">The file's layout (<see cref="PageCacheFile.Format"/>).</param>
/// <param name="Product">The content library's informational version (its commit).</param>
/// <param name="Inputs">The rendering inputs' key (<see cref="RenderingInputs.Key"/>).</param>
internal sealed record PageCacheHeader(int Format, string Product, string Inputs)
{
    private static ReadOnlySpan<byte> Magic => "FMPC"u8;

    public byte[] ToBytes()
    {
        var writer = new PageRecordWriter(128);
        writer.WriteBytes(Magic);
        writer.WriteInt32(Format);
        writer.WriteString(Product);
        writer.WriteString(Inputs);
        return writer.Written.ToArray();
    }

    /// <summary>The header in <paramref name="payload"/>, or null when it is not one.</summary>
    public static PageCacheHeader? Read(ReadOnlySpan<byte> payload)
    {
        if (payload.StartsWith("{"u8))
        {
            return ReadJson(payload);
        }

        var reader = new PageRecordReader(payload);
        if (!reader.Take(Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var header = new PageCacheHeader(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        return reader.EndedCleanly ? header : null;
    }

    /// <summary>A header of the formats up to 3 (JSON): its format and product, no inputs (the format differs anyway).</summary>
    private static PageCacheHeader? ReadJson(ReadOnlySpan<byte> payload)
    {
        int? format = null;
        var product = "?";
        try
        {
            var json = new Utf8JsonReader(payload);
            while (json.Read())
            {
                if (json.TokenType != JsonTokenType.PropertyName || json.CurrentDepth != 1)
                {
                    continue;
                }

                var name = json.GetString();
                json.Read();
                if (name == "Format" && json.TokenType == JsonTokenType.Number && json.TryGetInt32(out var number))
                {
                    format = number;
                }
                else if (name == "Product" && json.TokenType == JsonTokenType.String)
                {
                    product = json.GetString() ?? "?";
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return format is { } found ? new PageCacheHeader(found, product, "") : null;
    }
}
