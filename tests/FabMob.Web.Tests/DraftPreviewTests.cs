using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests;

public sealed class DraftPreviewTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();
    private readonly SiteFactory _factory;

    public DraftPreviewTests() => _factory = new SiteFactory(_content.Root, environment: "Development");

    [Fact]
    public async Task In_development_a_draft_is_shown_with_a_visible_banner()
    {
        var (response, page) = await Html.GetAsync(_factory.CreateRawClient(), "/brouillon");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Brouillon", page.QuerySelector(".bandeau-brouillon")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }
}
