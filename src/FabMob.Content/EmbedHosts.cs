namespace FabMob.Content;

/// <summary>
/// The hosts whose pages an editor may embed with <c>&lt;iframe&gt;</c> (video, maps). Raw HTML
/// keeps an iframe only when its <c>src</c> is an <c>https://</c> address on one of them; the web
/// application's Content-Security-Policy (<c>frame-src</c>) lists the same hosts.
/// </summary>
public static class EmbedHosts
{
    /// <summary>YouTube, Vimeo, Dailymotion, OpenStreetMap and uMap. PeerTube hosts may be added here.</summary>
    public static IReadOnlyList<string> Default { get; } =
    [
        "www.youtube.com",
        "www.youtube-nocookie.com",
        "player.vimeo.com",
        "www.dailymotion.com",
        "www.openstreetmap.org",
        "umap.openstreetmap.fr",
    ];

    /// <summary>
    /// True when <paramref name="source"/> (an iframe's <c>src</c>, character references already
    /// decoded) is <c>https://host/…</c> or <c>//host/…</c> on an allowed host. Anything ambiguous
    /// (credentials, backslashes, spaces, control characters) is refused.
    /// </summary>
    public static bool Allows(string source, out string host)
    {
        ArgumentNullException.ThrowIfNull(source);
        host = "";
        var trimmed = source.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            trimmed = "https:" + trimmed;
        }

        if (trimmed.Any(c => c <= ' ' || c == '\\' || c == '@' || char.IsControl(c)) ||
            !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        host = uri.IdnHost.ToLowerInvariant();
        var candidate = host;
        return uri.IsDefaultPort && Default.Any(allowed => string.Equals(allowed, candidate, StringComparison.Ordinal));
    }
}
