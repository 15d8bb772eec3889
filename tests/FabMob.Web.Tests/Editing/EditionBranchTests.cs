using System.Net;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Editing;

/// <summary>
/// The editor's branch (authentication, the gate, authorization) is made at the first request under <c>/_edition</c>,
/// not when the pipeline is built: a start and public pages do without it (docs/performance.md, « La première requête »).
/// Its authentication middleware takes the scheme provider in its constructor, and nothing else on a public path asks
/// for it: counting the provider's creations tells when the branch is made.
/// </summary>
public sealed class EditionBranchTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture("collections");
    private readonly Built _built = new();
    private readonly SiteFactory _factory;

    public EditionBranchTests()
    {
        _factory = new SiteFactory(_content.Root, settings: EditionSite.Accounts(), services: services =>
            services.AddSingleton<IAuthenticationSchemeProvider>(provider =>
            {
                _built.Increment();
                return new AuthenticationSchemeProvider(provider.GetRequiredService<IOptions<AuthenticationOptions>>());
            }));
    }

    [Fact]
    public async Task A_start_and_public_pages_do_not_build_the_editor_branch_and_the_editor_still_signs_in_once_it_is_built()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/page-qui-n-existe-pas", UriKind.Relative))).StatusCode);
        Assert.Equal(0, _built.Count);

        var dashboard = await client.GetAsync(new Uri("/_edition", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith(EditionViews.SignInPath, dashboard.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, _built.Count);

        var signedIn = await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
        Assert.Equal(1, _built.Count);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    private sealed class Built
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
