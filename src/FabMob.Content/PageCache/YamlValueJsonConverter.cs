using System.Text.Json;
using System.Text.Json.Serialization;

namespace FabMob.Content.PageCache;

/// <summary>
/// The plain values <see cref="FrontMatterParsing.YamlDocumentReader.ToValue"/> gives (string, bool,
/// long, double, null, lists and maps of them) written to JSON and read back as the same types: a list
/// is a <c>List&lt;object?&gt;</c>, a map a <c>Dictionary&lt;string, object?&gt;</c> (ordinal), a whole
/// number a <c>long</c>; a <c>double</c> is written <c>{"$double": …}</c> so that <c>2.0</c> comes back
/// a double, not a long.
/// </summary>
internal sealed class YamlValueJsonConverter : JsonConverter<object?>
{
    private const string DoubleKey = "$double";

    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var whole) ? (object)whole : reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, typeToConvert, options));
                }

                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString() ?? "";
                    reader.Read();
                    if (key == DoubleKey && reader.TokenType == JsonTokenType.Number && map.Count == 0)
                    {
                        var value = reader.GetDouble();
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            return value;
                        }

                        throw new JsonException("valeur « $double » suivie d'autres clés");
                    }

                    map[key] = Read(ref reader, typeToConvert, options);
                }

                return map;
            default:
                throw new JsonException($"valeur inattendue : {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case int small:
                writer.WriteNumberValue(small);
                break;
            case double real:
                writer.WriteStartObject();
                writer.WriteNumber(DoubleKey, real);
                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, options);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                // Not a value the YAML reader makes: kept as its text.
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
