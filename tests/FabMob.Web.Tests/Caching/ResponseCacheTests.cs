using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Caching;

/// <summary>Whole responses served from memory: precompressed, with strong ETags, following the content.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public ResponseCacheTests()
    {
        _factory = new SiteFactory(_content.Root);
        _client = _factory.CreateRawClient();
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("br;q=0.1, gzip;q=0.2", "gzip")]
    [InlineData("gzip;q=0.50, br;q=0.5", "br")]
    [InlineData("br;q=0.000, gzip;q=0.001", "gzip")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.5, gzip", "gzip")]
    [InlineData("*, br;q=0", "gzip")]
    [InlineData("identity;q=0, gzip;q=0.1", "gzip")]
    [InlineData("gzip;q=0.5, identity", null)]
    [InlineData("BR", "br")]
    [InlineData("deflate", null)]
    public async Task A_page_comes_compressed_as_the_client_accepts_and_decompresses_to_the_same_bytes(string accept, string? expected)
    {
        var plain = await SendAsync("/%C3%A0-propos", null);
        var response = await SendAsync("/%C3%A0-propos", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Decompress(bytes, expected));
        if (expected is not null)
        {
            Assert.True(bytes.Length < (await plain.Content.ReadAsByteArrayAsync()).Length / 2);
        }
    }

    [Fact]
    public async Task A_cached_page_ends_up_no_larger_than_brotli_11_at_either_window_and_gzip_9_of_its_bytes()
    {
        var plain = await (await SendAsync("/%C3%A0-propos", null)).Content.ReadAsByteArrayAsync();
        // Brotli 11 with the widest window and with the window the brotli command fits to the file (what a
        // static host is given): the cache must match the smaller of the two.
        var fittedWindow = 10;
        while (fittedWindow < 24 && (1 << fittedWindow) - 16 < plain.Length)
        {
            fittedWindow++;
        }

        var bestBrotliLength = new[] { 24, fittedWindow }.Min(window =>
        {
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
            Assert.True(BrotliEncoder.TryCompress(plain, output, out var written, quality: 11, window: window));
            return written;
        });
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        // The best copies are made in the background: the sizes shrink to them within a few seconds.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int brotliLength, gzipLength;
        do
        {
            brotliLength = (await (await SendAsync("/%C3%A0-propos", "br")).Content.ReadAsByteArrayAsync()).Length;
            gzipLength = (await (await SendAsync("/%C3%A0-propos", "gzip")).Content.ReadAsByteArrayAsync()).Length;
            if (brotliLength <= bestBrotliLength && gzipLength <= gzipped.Length)
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(brotliLength <= bestBrotliLength, $"br {brotliLength} > {bestBrotliLength}");
        Assert.True(gzipLength <= gzipped.Length, $"gzip {gzipLength} > {gzipped.Length}");
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"autre\", {0}")]
    [InlineData("*")]
    public async Task If_none_match_answers_304_for_a_weak_form_a_list_or_a_star(string format)
    {
        var etag = (await SendAsync("/windows", "gzip")).Headers.ETag!.Tag;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/windows");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, format, etag));

        var response = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("\"autre\"")]
    [InlineData("pas-une-etiquette")]
    public async Task If_none_match_with_another_or_a_malformed_tag_gets_the_page(string header)
    {
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/windows");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", header);

        var response = await _client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Turned_off_pages_are_rendered_for_each_request_without_compression_or_etag()
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { ["Site:ResponseCache"] = "false" });
        using var client = factory.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/%C3%A0-propos");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Null(response.Headers.ETag);
        Assert.Contains("À propos", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strong_etag_answers_304_and_changes_with_the_content()
    {
        var first = await SendAsync("/windows", "gzip");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/windows");
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await _client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        _content.Write("windows.md", "---\ntitle: Page Windows\n---\n\nUne nouvelle version.\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpResponseMessage changed;
        do
        {
            await Task.Delay(50);
            changed = await SendAsync("/windows", null);
        }
        while (!(await changed.Content.ReadAsStringAsync()).Contains("Une nouvelle version.", StringComparison.Ordinal) &&
               DateTime.UtcNow < deadline);

        Assert.Contains("Une nouvelle version.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task The_stylesheet_without_its_fingerprint_is_not_cached_for_a_year_after_the_fingerprinted_one()
    {
        var (_, page) = await Html.GetAsync(_client, "/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);

        await SendAsync(stylesheet, "br");
        var plain = await SendAsync(stylesheet[..stylesheet.IndexOf('?', StringComparison.Ordinal)], "br");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("public, no-cache", plain.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_content_svg_keeps_its_own_headers_on_every_request()
    {
        _content.Write("images/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpResponseMessage first;
        do
        {
            await Task.Delay(50);
            first = await SendAsync("/images/schema.svg", "br");
        }
        while (first.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        var second = await SendAsync("/images/schema.svg", "br");

        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("sandbox", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Equal("public, max-age=86400", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task The_fingerprinted_stylesheet_is_compressed_and_cached_for_a_year()
    {
        var (_, page) = await Html.GetAsync(_client, "/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await SendAsync(stylesheet, "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Campaign_parameters_share_the_cached_page_and_a_head_request_gets_headers_only()
    {
        var plain = await SendAsync("/windows", null);
        var campaign = await SendAsync("/windows?utm_source=lettre", null);
        using var head = new HttpRequestMessage(HttpMethod.Head, "/windows");
        var headResponse = await _client.SendAsync(head);

        Assert.Equal(plain.Headers.ETag, campaign.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, headResponse.StatusCode);
        Assert.Equal(plain.Headers.ETag, headResponse.Headers.ETag);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await _client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static byte[] Decompress(byte[] bytes, string? encoding)
    {
        if (encoding is null)
        {
            return bytes;
        }

        using var input = new MemoryStream(bytes);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }
}
