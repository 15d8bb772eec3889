using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Caching;

/// <summary>The benchmark's alternative to the site's response cache: OutputCache and ResponseCompression, following the content.</summary>
public sealed class OutputCacheComparisonTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public OutputCacheComparisonTests()
    {
        _factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { ["Bench:ResponseCache"] = "OutputCache" });
        _client = _factory.CreateRawClient();
    }

    [Fact]
    public async Task With_output_cache_chosen_pages_come_brotli_compressed_by_the_framework_and_follow_an_edit()
    {
        var first = await SendAsync("/windows", "br");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("br", first.Content.Headers.ContentEncoding.Single());
        // The site's own cache always sends a strong ETag; OutputCache with ResponseCompression sends none.
        Assert.Null(first.Headers.ETag);

        _content.Write("windows.md", "---\ntitle: Page Windows\n---\n\nUne version modifiée.\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string text;
        do
        {
            await Task.Delay(50);
            text = await (await SendAsync("/windows", null)).Content.ReadAsStringAsync();
        }
        while (!text.Contains("Une version modifiée.", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("Une version modifiée.", text, StringComparison.Ordinal);
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

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }
}
