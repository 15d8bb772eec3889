namespace FabMob.Web.Caching;

/// <summary>
/// A response kept whole for one content snapshot: its bytes as rendered and precompressed with
/// Brotli and gzip (when that saves bytes), and a strong ETag from its content.
/// </summary>
public sealed record CachedResponse(string ContentType, string CacheControl, string ETag, byte[] Identity, byte[]? Brotli, byte[]? Gzip)
{
    /// <summary>Bytes held in memory for this response.</summary>
    public long Size => Identity.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);
}
