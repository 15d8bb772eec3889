namespace FabMob.Web.Tests.Infrastructure;

/// <summary>How <see cref="StandInWiki"/> answers <c>api.php</c>.</summary>
public enum StandInWikiBehaviour
{
    /// <summary>As MediaWiki does: <c>formatversion=2</c> JSON with normalised titles, redirects, missing pages.</summary>
    Normal,

    /// <summary>Never sends a response (until the client gives up or the stand-in stops).</summary>
    Hang,

    /// <summary>Sends the headers and the start of the JSON, then one space every 200 ms, never the end.</summary>
    SlowBody,

    /// <summary>500 with an HTML error page, as a PHP fatal error behind a proxy gives.</summary>
    ServerError,

    /// <summary>200 <c>application/json</c> cut in the middle.</summary>
    MalformedJson,

    /// <summary>200 with valid JSON far larger than any real answer (sent chunked, no <c>Content-Length</c>).</summary>
    Oversized,

    /// <summary>200 with the API's own error object (<c>{"error":{"code":…}}</c>), as for a bad parameter.</summary>
    ApiError,
}
