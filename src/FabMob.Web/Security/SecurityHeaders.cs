using System.Security.Cryptography;
using System.Text;
using FabMob.Content;

namespace FabMob.Web.Security;

/// <summary>
/// The security headers of every response (pages, error pages, static files, feeds, files of the
/// content tree), as documented in <c>docs/securite.md</c>.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The alignments Markdig writes on table cells (<c>style="text-align: center;"</c>): the only inline styles allowed.</summary>
    private static readonly string[] TableAlignments = ["text-align: left;", "text-align: center;", "text-align: right;"];

    /// <summary>The policy with the default iframe hosts (<see cref="EmbedHosts.Default"/>); see <see cref="ContentSecurityPolicyFor"/>.</summary>
    public static string ContentSecurityPolicy { get; } = ContentSecurityPolicyFor(EmbedHosts.Default);

    /// <summary>
    /// No inline script and no inline style: scripts and style sheets come from the site only. Images
    /// may come from any https:// address (editors embed remote images) or be data: images; iframes
    /// only from <paramref name="frameHosts"/>, the hosts the raw HTML sanitiser lets an iframe embed
    /// (<see cref="EmbedHosts.Combine"/>). The site cannot be framed, forms post to the site only.
    /// JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>) is a data block, not a script: it
    /// needs nothing here.
    /// </summary>
    public static string ContentSecurityPolicyFor(IEnumerable<string> frameHosts) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-hashes' " + string.Join(' ', TableAlignments.Select(Hash)),
        "img-src 'self' data: https:",
        "media-src 'self' https:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src " + string.Join(' ', frameHosts.Where(EmbedHosts.IsHostName).Select(host => "https://" + host)),
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'");

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>One year, this host only (the association's other hosts may not all be https).</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    private static string Hash(string style) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'";
}
