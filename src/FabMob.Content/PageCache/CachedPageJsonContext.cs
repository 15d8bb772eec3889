using System.Text.Json.Serialization;

namespace FabMob.Content.PageCache;

/// <summary>
/// System.Text.Json, source-generated: the cache's records are read without reflection or code
/// generated at run time, which would cost the start the cache is there to save.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(YamlValueJsonConverter)])]
[JsonSerializable(typeof(CachedPage))]
[JsonSerializable(typeof(PageCacheHeader))]
internal sealed partial class CachedPageJsonContext : JsonSerializerContext;
