using System.Net;
using FabMob.Web.Security;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Security;

public sealed class SecurityHeadersTests : IClassFixture<FixtureSite>, IDisposable
{
    private readonly FixtureSite _site;
    private readonly TempSite _svg = TempSite.FromFixture();

    public SecurityHeadersTests(FixtureSite site)
    {
        _site = site;
        _site.Content.Write("images/dessin.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    }

    public void Dispose() => _svg.Dispose();

    public static TheoryData<string> Addresses() =>
    [
        "/",                     // a page
        "/windows",              // another page
        "/page-qui-n-existe-pas", // the French 404
        "/css/site.css",         // a static file of wwwroot/
        "/favicon.svg",
        "/blog/feed.xml",        // a feed
        "/sitemap.xml",
        "/robots.txt",
        "/Windows",              // a redirect
        "/healthz",              // the health endpoint
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await _site.Factory.CreateRawClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.True((int)response.StatusCode < 500, $"{path}: {response.StatusCode}");
        AssertSecurityHeaders(response);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public void The_policy_allows_no_inline_script_nor_inline_style_and_names_each_directive()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy;

        Assert.DoesNotContain("'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: https:;", policy, StringComparison.Ordinal);
        Assert.Contains("frame-src https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        // The only inline styles: the three alignments Markdig writes on table cells, by hash.
        Assert.Matches(@"style-src 'self' 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]{44}'){3};", policy);
    }

    [Fact]
    public async Task Views_need_no_inline_script_or_style_so_the_policy_breaks_nothing()
    {
        var (_, home) = await Html.GetAsync(_site.Factory.CreateClient(), "/");
        var (_, page) = await Html.GetAsync(_site.Factory.CreateClient(), "/windows");

        foreach (var document in new[] { home, page })
        {
            Assert.Empty(document.QuerySelectorAll("[style]"));
            Assert.Empty(document.QuerySelectorAll("style"));
            Assert.All(document.QuerySelectorAll("script"), script =>
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", script.OuterHtml));
            Assert.All(document.All, element =>
                Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task An_svg_of_the_content_tree_keeps_its_stricter_sandboxed_policy()
    {
        var response = await _site.Factory.CreateRawClient().GetAsync(new Uri("/images/dessin.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sandbox", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task The_french_500_page_carries_the_headers_too()
    {
        using var factory = new SiteFactory(_svg.Root, services: services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly));

        var response = await factory.CreateRawClient().GetAsync(new Uri("/_test/panne", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("https://lafabriquedesmobilites.fr", true)]
    [InlineData("http://lafabriquedesmobilites.fr", false)]
    [InlineData("https://localhost", false)]
    public async Task Hsts_is_sent_over_https_only(string baseAddress, bool expected)
    {
        var client = _site.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri(baseAddress),
            AllowAutoRedirect = false,
        });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
        if (expected)
        {
            Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(response, "Strict-Transport-Security"));
        }
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/windows")]
    [InlineData("DELETE", "/windows")]
    [InlineData("PATCH", "/blog")]
    [InlineData("OPTIONS", "/")]
    [InlineData("TRACE", "/")]
    [InlineData("PROPFIND", "/windows")]
    [InlineData("POST", "/css/site.css")]
    [InlineData("POST", "/page-qui-n-existe-pas")]
    [InlineData("POST", "/healthz")]
    [InlineData("DELETE", "/blog/feed.xml")]
    [InlineData("POST", "/_apercu/evenements")]
    public async Task Other_methods_than_get_and_head_get_405_with_allow(string method, string path)
    {
        var response = await _site.Factory.CreateRawClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(MethodFilterMiddleware.Allowed, string.Join(", ", response.Content.Headers.Allow));
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/windows")]
    [InlineData("/css/site.css")]
    [InlineData("/blog/feed.xml")]
    [InlineData("/healthz")]
    public async Task Head_is_answered_like_get_without_a_body(string path)
    {
        var response = await _site.Factory.CreateRawClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var site = new KestrelSite(_svg.Root);
        var page = await RawHttp.SendAsync(site.BaseAddress, "/windows");
        var post = await RawHttp.SendAsync(site.BaseAddress, "/windows", "POST");
        var malformed = await RawHttp.SendAsync(site.BaseAddress, "/%zz%00\\..");

        foreach (var response in new[] { page, post, malformed })
        {
            Assert.NotEqual(0, response.Status);
            Assert.False(response.Headers.ContainsKey("Server"), string.Join('\n', response.Headers));
        }

        Assert.Equal(200, page.Status);
        Assert.Equal("nosniff", page.Headers["X-Content-Type-Options"]);
        Assert.Equal(405, post.Status);
        Assert.Equal("GET, HEAD", post.Headers["Allow"]);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.False(string.IsNullOrEmpty(Header(response, "Content-Security-Policy")));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
