using System.Net;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests;

public sealed class ServerErrorTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();

    [Fact]
    public async Task In_production_an_exception_gives_the_french_500_page_without_a_stack_trace()
    {
        using var factory = WithFailingEndpoint("Production");
        var (response, page) = await Html.GetAsync(factory.CreateRawClient(), "/_test/panne");
        var body = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Une erreur est survenue", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("panne simulée", body, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingController", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_page_asked_for_directly_is_a_404()
    {
        using var factory = new SiteFactory(_content.Root);
        var response = await factory.CreateRawClient().GetAsync(new Uri("/_erreur/500", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private SiteFactory WithFailingEndpoint(string environment) =>
        new(_content.Root, environment, services: services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly));

    public void Dispose() => _content.Dispose();
}

/// <summary>An endpoint that fails, to see what a visitor gets when the server does.</summary>
public sealed class FailingController : Controller
{
    [HttpGet("/_test/panne")]
    public IActionResult Fail() => throw new InvalidOperationException("panne simulée sur " + Request.Path);
}
