namespace FabMob.Content.Rendering;

/// <summary>
/// The hosts whose pages an editor may embed with <c>&lt;iframe&gt;</c> (video, maps, slides). Raw
/// HTML keeps an iframe only when its <c>src</c> is an <c>https://</c> address on one of them; the web
/// application's Content-Security-Policy (<c>frame-src</c>) lists the same hosts
/// (<see cref="Combine"/> of the defaults and <see cref="ContentOptions.EmbedHosts"/>).
/// </summary>
public static class EmbedHosts
{
    /// <summary>YouTube, Vimeo, Dailymotion, OpenStreetMap and uMap. Configuration adds others (<c>Site:EmbedHosts</c>).</summary>
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
    /// <see cref="Default"/> followed by the configured hosts that are host names (lower-cased, each once).
    /// Anything else (a scheme, a path, a wildcard, a space) is left out: it would widen the policy.
    /// </summary>
    public static IReadOnlyList<string> Combine(IEnumerable<string>? configured)
    {
        var hosts = new List<string>(Default);
        foreach (var host in configured ?? [])
        {
            var name = host.Trim().ToLowerInvariant();
            if (IsHostName(name) && !hosts.Contains(name, StringComparer.Ordinal))
            {
                hosts.Add(name);
            }
        }

        return hosts;
    }

    /// <summary>True for a plain DNS host name with a dot (<c>www.slideshare.net</c>): no scheme, port, path or wildcard.</summary>
    public static bool IsHostName(string? host) =>
        !string.IsNullOrWhiteSpace(host) && host.Contains('.', StringComparison.Ordinal) &&
        host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') &&
        Uri.CheckHostName(host) == UriHostNameType.Dns;

    /// <summary>
    /// True when <paramref name="source"/> (an iframe's <c>src</c>, character references already
    /// decoded) is <c>https://host/…</c> or <c>//host/…</c> on one of <paramref name="allowed"/>.
    /// Anything ambiguous (credentials, backslashes, spaces, control characters) is refused.
    /// </summary>
    public static bool Allows(string source, IReadOnlyList<string> allowed, out string host)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(allowed);
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
        return uri.IsDefaultPort && allowed.Any(name => string.Equals(name, candidate, StringComparison.Ordinal));
    }
}
