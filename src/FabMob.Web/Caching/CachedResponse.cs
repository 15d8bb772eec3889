using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Caching;

/// <summary>
/// A response kept whole for one content snapshot: its bytes as rendered and compressed with Brotli and
/// gzip (when that saves bytes; at a fast level first, then at the best one, see
/// <see cref="BestCompressionWorker"/>), and a strong ETag from its content.
/// </summary>
public sealed record CachedResponse(string ContentType, string CacheControl, EntityTagHeaderValue ETag, byte[] Identity, byte[]? Brotli, byte[]? Gzip)
{
    /// <summary>The ETag as sent, formatted once.</summary>
    public string ETagText { get; } = ETag?.ToString() ?? throw new ArgumentNullException(nameof(ETag));

    /// <summary>Whether <see cref="Brotli"/> and <see cref="Gzip"/> are at the best levels.</summary>
    public bool BestCompression { get; init; }

    /// <summary>Bytes held in memory for this response.</summary>
    public long Size => Identity.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);
}
