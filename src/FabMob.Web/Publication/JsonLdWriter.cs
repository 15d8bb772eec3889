using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FabMob.Web.Publication;

/// <summary>
/// Writes a page's JSON-LD object with <see cref="Utf8JsonWriter"/>: fields whose value is a string, a list of
/// strings, a string-to-string object or a list of them (what schema.org's Organization and BlogPosting need here),
/// fields with no value left out. The same text as <see cref="JsonSerializer"/> with the same encoder, without its
/// reflection over <c>object</c> values, which cost a start's first article about 30 ms (docs/performance.md).
/// <see cref="JavaScriptEncoder.Default"/> escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so the text is
/// safe inside the page's <c>&lt;script&gt;</c> element.
/// </summary>
internal static class JsonLdWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                if (value is null)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case IReadOnlyDictionary<string, string> fields:
                writer.WriteStartObject();
                foreach (var (name, text) in fields)
                {
                    writer.WriteString(name, text);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item ?? throw new ArgumentException("JSON-LD : élément de liste vide", nameof(value)));
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"JSON-LD : valeur de type {value.GetType().Name} non prévue", nameof(value));
        }
    }
}
