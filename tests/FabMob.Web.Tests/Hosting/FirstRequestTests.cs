using System.Net;
using Microsoft.AspNetCore.Http;
using FabMob.Web.Caching;
using FabMob.Web.Hosting;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FabMob.Web.Tests.Hosting;

/// <summary>
/// What the first request of a process no longer pays for (docs/performance.md, « La première requête »): a page is
/// rendered inside the process while Kestrel starts (the warm-up), and a public page never builds Data Protection.
/// The quiet period of the start is an hour here, so only a visitor's response ends the start.
/// </summary>
public sealed class FirstRequestTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempSite _content = TempSite.FromFixture("collections");

    [Fact]
    public async Task The_newest_public_article_is_rendered_as_the_site_starts_without_being_logged_kept_or_ending_the_start()
    {
        using var factory = Site();
        var warmUp = factory.Services.GetRequiredService<FirstRequestWarmUp>();

        Assert.Equal(StatusCodes.Status200OK, await warmUp.Completed.WaitAsync(Patience));

        // Not the draft (2024-01-10) nor the scheduled one (2999): the newest the public sees.
        Assert.Equal("/blog/recent", warmUp.Path);
        Assert.Equal(0, factory.Services.GetRequiredService<ResponseCacheStore>().Count);
        Assert.False(factory.Services.GetRequiredService<FirstResponseSignal>().IsReached);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.StartsWith("HTTP ", StringComparison.Ordinal));

        using var client = factory.CreateRawClient();
        var (response, page) = await Html.GetAsync(client, "/blog/recent");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("L'article le plus récent", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(1, factory.Services.GetRequiredService<ResponseCacheStore>().Count);
        await factory.Services.GetRequiredService<FirstResponseSignal>().Reached.WaitAsync(Patience);
        await factory.Logs.WaitForAsync(e => e.Message.StartsWith("HTTP GET /blog/recent → 200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_without_articles_warms_its_home_page()
    {
        using var content = TempSite.Empty();
        content.Write("index.md", "---\ntitre: Accueil\n---\n\nBienvenue.\n");
        using var factory = Site(content.Root);

        var warmUp = factory.Services.GetRequiredService<FirstRequestWarmUp>();

        Assert.Equal(StatusCodes.Status200OK, await warmUp.Completed.WaitAsync(Patience));
        Assert.Equal("/", warmUp.Path);
    }

    [Fact]
    public async Task The_warm_up_can_be_turned_off()
    {
        using var factory = Site(settings: new() { [FirstRequestWarmUp.EnabledKey] = "false" });

        var warmUp = factory.Services.GetRequiredService<FirstRequestWarmUp>();

        Assert.Null(await warmUp.Completed.WaitAsync(Patience));
        Assert.Null(warmUp.Path);
    }

    [Fact]
    public async Task Public_pages_rendered_by_mvc_never_build_data_protection()
    {
        var built = 0;
        var where = "";
        using var factory = Site(services: services =>
        {
            // The framework's own provider, made through a factory that counts (and keeps the stack of who asked, for the failure).
            var original = services.Last(d => d.ServiceType == typeof(IDataProtectionProvider));
            services.Replace(ServiceDescriptor.Singleton<IDataProtectionProvider>(provider =>
            {
                Interlocked.Increment(ref built);
                where = Environment.StackTrace;
                return (IDataProtectionProvider)(original.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
            }));
        });
        await factory.Services.GetRequiredService<FirstRequestWarmUp>().Completed.WaitAsync(Patience);
        using var client = factory.CreateRawClient();

        foreach (var path in new[] { "/", "/blog", "/blog/genese", "/page-qui-n-existe-pas", "/recherche?q=v%C3%A9lo" })
        {
            await client.GetAsync(new Uri(path, UriKind.Relative));
        }

        Assert.True(Volatile.Read(ref built) == 0, where);
    }

    private SiteFactory Site(string? root = null, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var values = settings ?? [];
        values["Search:PermitLimit"] = "0";
        return new SiteFactory(root ?? _content.Root, settings: values, services: collection =>
        {
            collection.AddSingleton(provider =>
                new FirstResponseSignal(provider.GetRequiredService<IHostApplicationLifetime>(), TimeSpan.FromHours(1)));
            services?.Invoke(collection);
        });
    }

    public void Dispose() => _content.Dispose();
}
