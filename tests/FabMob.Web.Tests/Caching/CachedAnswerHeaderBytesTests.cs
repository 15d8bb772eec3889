using System.Net.Sockets;
using System.Text;
using FabMob.Web.Security;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Tests.Security;

namespace FabMob.Web.Tests.Caching;

/// <summary>
/// A page answered from the response cache gets its security headers from a set written as it is
/// (<see cref="SecurityHeaderWriter.ApplyToCachedAnswer"/>), not from the checks a rendered response goes through: on the
/// wire, through real Kestrel, the lines must be the very bytes a rendered page sends.
/// </summary>
public sealed class CachedAnswerHeaderBytesTests : IDisposable
{
    private static readonly string[] SecurityHeaderNames =
    [
        "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy",
        "Cross-Origin-Opener-Policy", "Strict-Transport-Security", "Server", "X-Powered-By",
    ];

    private readonly TempSite _content = TempSite.FromFixture();
    private readonly KestrelSite _site;

    public CachedAnswerHeaderBytesTests() => _site = new KestrelSite(_content.Root);

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("GET", "br, gzip")]
    [InlineData("HEAD", null)]
    public async Task A_page_from_the_cache_sends_the_security_header_lines_byte_for_byte_as_the_rendered_page(string method, string? acceptEncoding)
    {
        var rendered = await HeadAsync(method, "/windows", acceptEncoding);
        var cached = await HeadAsync(method, "/windows", acceptEncoding);

        var expected = SecurityLines(rendered);
        Assert.Equal(
        [
            "Content-Security-Policy: " + SecurityHeaders.ContentSecurityPolicy,
            "X-Content-Type-Options: nosniff",
            "X-Frame-Options: DENY",
            "Referrer-Policy: " + SecurityHeaders.ReferrerPolicy,
            "Permissions-Policy: " + SecurityHeaders.PermissionsPolicy,
            "Cross-Origin-Opener-Policy: same-origin",
        ], expected.Select(line => Encoding.ASCII.GetString(line)));
        Assert.Equal(expected, SecurityLines(cached));
        Assert.Contains("ETag: ", Encoding.ASCII.GetString(cached), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_304_from_the_cache_sends_the_same_security_header_lines()
    {
        var rendered = await HeadAsync("GET", "/windows", null);
        var etag = Encoding.ASCII.GetString(rendered).Split("\r\n").Single(l => l.StartsWith("ETag: ", StringComparison.Ordinal))["ETag: ".Length..];

        var revalidated = await HeadAsync("GET", "/windows", null, $"If-None-Match: {etag}\r\n");

        Assert.StartsWith("HTTP/1.1 304", Encoding.ASCII.GetString(revalidated), StringComparison.Ordinal);
        Assert.Equal(SecurityLines(rendered), SecurityLines(revalidated));
    }

    /// <summary>The header block of one answer, as the bytes Kestrel wrote (status line included, blank line excluded).</summary>
    private async Task<byte[]> HeadAsync(string method, string path, string? acceptEncoding, string extra = "")
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_site.BaseAddress.Host, _site.BaseAddress.Port);
        var stream = client.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: {_site.BaseAddress.Authority}\r\nConnection: close\r\n" +
                      (acceptEncoding is null ? "" : $"Accept-Encoding: {acceptEncoding}\r\n") + extra + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, Encoding.Latin1.GetString(bytes));
        return bytes[..end];
    }

    /// <summary>The lines of the security headers (and of the headers they remove), in the order they were sent, as bytes.</summary>
    private static List<byte[]> SecurityLines(byte[] head)
    {
        var lines = new List<byte[]>();
        var rest = head.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf("\r\n"u8);
            var line = end < 0 ? rest : rest[..end];
            var colon = line.IndexOf((byte)':');
            if (colon > 0 && SecurityHeaderNames.Contains(Encoding.ASCII.GetString(line[..colon]), StringComparer.OrdinalIgnoreCase))
            {
                lines.Add(line.ToArray());
            }

            rest = end < 0 ? [] : rest[(end + 2)..];
        }

        return lines;
    }
}
