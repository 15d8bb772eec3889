using FabMob.Content;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Security;

/// <summary>
/// Writes <see cref="SecurityHeaders"/> on a response: the one place that decides them, used by
/// <see cref="SecurityHeadersMiddleware"/> when any response starts and by the response cache, which sets them
/// directly on the answers it sends from memory (no <c>OnStarting</c> callback for those). The values are
/// computed once. A Content-Security-Policy already set (SVG files of the content tree get a stricter one) is
/// kept. HSTS only over https, outside Development and never for loopback hosts (as <c>UseHsts</c> does); behind
/// a proxy that terminates TLS, the request is https only when forwarded headers are enabled (see
/// <c>docs/securite.md</c>).
/// </summary>
public sealed class SecurityHeaderWriter(IWebHostEnvironment environment, ContentOptions content)
{
    private static readonly StringValues NoSniff = new("nosniff");
    private static readonly StringValues Deny = new("DENY");
    private static readonly StringValues ReferrerPolicy = new(SecurityHeaders.ReferrerPolicy);
    private static readonly StringValues PermissionsPolicy = new(SecurityHeaders.PermissionsPolicy);
    private static readonly StringValues SameOrigin = new("same-origin");
    private static readonly StringValues StrictTransportSecurity = new(SecurityHeaders.StrictTransportSecurity);

    private readonly bool _hsts = !environment.IsDevelopment();

    /// <summary>Its <c>frame-src</c> lists the iframe hosts the sanitiser allows: the defaults and <c>Site:EmbedHosts</c>.</summary>
    private readonly StringValues _policy = new(SecurityHeaders.ContentSecurityPolicyFor(EmbedHosts.Combine(content.EmbedHosts)));

    public void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        Write(context, policy: !headers.ContainsKey(HeaderNames.ContentSecurityPolicy));
        headers.Remove(HeaderNames.Server);
        headers.Remove(HeaderNames.XPoweredBy);
    }

    /// <summary>
    /// The same headers on an answer the response cache sends from memory, whose headers nothing else has written
    /// (no policy of its own, no <c>Server</c>, no <c>X-Powered-By</c>): the set is written as it is, without the
    /// look-ups and removals <see cref="Apply"/> makes for responses others wrote. The bytes on the wire are the same.
    /// </summary>
    public void ApplyToCachedAnswer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Write(context, policy: true);
    }

    /// <summary>The set, in one order for both callers (the policy unless the response has its own).</summary>
    private void Write(HttpContext context, bool policy)
    {
        var headers = context.Response.Headers;
        if (policy)
        {
            headers.ContentSecurityPolicy = _policy;
        }

        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        if (_hsts && context.Request.IsHttps && !IsLoopback(context.Request.Host.Host))
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
}
