using System.Net;
using FabMob.Web.Caching;
using FabMob.Web.Security;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace FabMob.Web.Tests.Caching;

/// <summary>
/// The response cache answers early in the pipeline (after the request line is started, before the security
/// headers' middleware, the error pages, routing and authentication): what it sends must still carry everything
/// the rest of the pipeline guarantees.
/// </summary>
public sealed class CachedAnswerPipelineTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public CachedAnswerPipelineTests()
    {
        _factory = new SiteFactory(_content.Root, services: services =>
            services.AddSingleton<IAuthenticationSchemeProvider, CountingSchemeProvider>());
        _client = _factory.CreateRawClient();
    }

    private CountingSchemeProvider Schemes => (CountingSchemeProvider)_factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();

    [Theory]
    [InlineData("GET", null)]
    [InlineData("HEAD", null)]
    [InlineData("GET", "br")]
    [InlineData("GET", "gzip")]
    public async Task A_page_answered_from_the_cache_carries_the_security_headers(string method, string? acceptEncoding)
    {
        var first = await SendAsync(HttpMethod.Get, "/windows");
        Assert.True(_factory.Services.GetRequiredService<ResponseCacheStore>().Count > 0, "the first request did not fill the cache");

        var cached = await SendAsync(new HttpMethod(method), "/windows", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);
        Assert.Equal(acceptEncoding, cached.Content.Headers.ContentEncoding.SingleOrDefault());
        AssertSecurityHeaders(cached);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(cached, "Content-Security-Policy"));
    }

    [Fact]
    public async Task A_304_from_the_cache_carries_the_security_headers()
    {
        var first = await SendAsync(HttpMethod.Get, "/windows");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/windows");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        AssertSecurityHeaders(revalidated);
    }

    [Fact]
    public async Task A_404_and_a_405_next_to_cached_pages_carry_the_security_headers()
    {
        await SendAsync(HttpMethod.Get, "/windows");

        var missing = await SendAsync(HttpMethod.Get, "/page-qui-n-existe-pas");
        var posted = await SendAsync(HttpMethod.Post, "/windows");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page introuvable", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(missing);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", posted.Content.Headers.Allow));
        AssertSecurityHeaders(posted);
    }

    [Theory]
    [InlineData("https://lafabriquedesmobilites.fr", true)]
    [InlineData("http://lafabriquedesmobilites.fr", false)]
    [InlineData("https://localhost", false)]
    public async Task A_page_answered_from_the_cache_gets_hsts_over_https_only(string baseAddress, bool expected)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        await client.GetAsync(new Uri("/windows", UriKind.Relative));

        var cached = await client.GetAsync(new Uri("/windows", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(expected ? SecurityHeaders.StrictTransportSecurity : "", Header(cached, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_page_answered_from_the_cache_is_still_logged_once_with_the_snapshot_that_answered()
    {
        await SendAsync(HttpMethod.Get, "/windows");
        await SendAsync(HttpMethod.Get, "/windows");
        await SendAsync(HttpMethod.Get, "/windows");

        // The line is written once the response has ended: waited for a little.
        IReadOnlyList<LogEvent> lines = [];
        for (var attempt = 0; attempt < 100 && lines.Count < 3; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 50);
            lines = [.. _factory.Logs.Events.Where(e => e.MessageTemplate.Text == RequestLine && Scalar(e, "Path") as string == "/windows")];
        }

        Assert.Equal(3, lines.Count);
        Assert.All(lines, line => Assert.Equal(200, Scalar(line, "StatusCode")));
        Assert.All(lines, line => Assert.NotNull(Scalar(line, "SnapshotVersion")));
    }

    [Fact]
    public async Task Public_pages_cached_or_not_are_served_without_authentication_which_runs_under_the_editor_only()
    {
        // The first request of a page is rendered by MVC (not in the cache yet), the next ones come from the cache.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/windows")).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/windows")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/page-qui-n-existe-pas")).StatusCode);
        Assert.Equal(0, Schemes.Authentications);

        await SendAsync(HttpMethod.Get, "/_edition");

        Assert.True(Schemes.Authentications > 0, "a request under /_edition goes through authentication");
    }

    private const string RequestLine = "HTTP {Method} {Path} → {StatusCode} en {ElapsedMs:0.0} ms";

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await _client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.False(string.IsNullOrEmpty(Header(response, "Content-Security-Policy")), response.RequestMessage?.RequestUri?.ToString());
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(SecurityHeaders.ReferrerPolicy, Header(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    private static object? Scalar(LogEvent line, string name) =>
        line.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value : null;

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    /// <summary>The framework's scheme provider, counting the requests the authentication middleware looked at.</summary>
    private sealed class CountingSchemeProvider(IOptions<AuthenticationOptions> options) : AuthenticationSchemeProvider(options)
    {
        private int _authentications;

        public int Authentications => Volatile.Read(ref _authentications);

        public override Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
        {
            Interlocked.Increment(ref _authentications);
            return base.GetRequestHandlerSchemesAsync();
        }
    }
}
