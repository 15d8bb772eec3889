using FabMob.Content;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> to every response when it starts, so that they are there
/// whatever wrote the response (an error page after the exception handler cleared the headers, a
/// static file, a redirect). A Content-Security-Policy already set (SVG files of the content tree
/// get a stricter one) is kept. HSTS only over https, outside Development and never for loopback
/// hosts (as <c>UseHsts</c> does); behind a proxy that terminates TLS, the request is https only
/// when forwarded headers are enabled (see <c>docs/securite.md</c>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment, ContentOptions content)
{
    private readonly bool _hsts = !environment.IsDevelopment();

    /// <summary>Its <c>frame-src</c> lists the iframe hosts the sanitiser allows: the defaults and <c>Site:EmbedHosts</c>.</summary>
    private readonly string _policy = SecurityHeaders.ContentSecurityPolicyFor(EmbedHosts.Combine(content.EmbedHosts));

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            var (context, hsts, policy) = ((HttpContext, bool, string))state;
            var headers = context.Response.Headers;
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = policy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = SecurityHeaders.ReferrerPolicy;
            headers["Permissions-Policy"] = SecurityHeaders.PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove(HeaderNames.Server);
            headers.Remove(HeaderNames.XPoweredBy);
            if (hsts && context.Request.IsHttps && !IsLoopback(context.Request.Host.Host))
            {
                headers.StrictTransportSecurity = SecurityHeaders.StrictTransportSecurity;
            }

            return Task.CompletedTask;
        }, (context, _hsts, _policy));
        return next(context);
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
}
