using FabMob.Web.Content;
using FabMob.Web.DataPages;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.DataPages;

/// <summary>A data page is read and its Markdown rendered once per snapshot, and again for the next one.</summary>
public sealed class DataPageMemoTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();
    private readonly SiteFactory _factory;

    public DataPageMemoTests()
    {
        _content.Write("index.md", "# Accueil\n");
        _content.Write("_data/missions.yaml", "- titre: Première\n  description: Texte **un**.\n");
        _factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?>
        {
            ["Site:DataPages:0:Path"] = "/missions",
            ["Site:DataPages:0:Data"] = "missions",
            ["Site:DataPages:0:View"] = "missions",
            ["Site:DataPages:0:Title"] = "Missions",
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task Requests_on_one_snapshot_share_one_prepared_page_and_a_new_snapshot_prepares_it_again()
    {
        using var client = _factory.CreateClient();
        var host = _factory.Services.GetRequiredService<ContentSnapshotHost>();
        var catalog = _factory.Services.GetRequiredService<DataPageCatalog>();
        await client.GetStringAsync(new Uri("/missions", UriKind.Relative));

        var first = catalog.Find(host.Current, "/missions");
        Assert.Same(first, catalog.Find(host.Current, "/missions"));

        _content.Write("_data/missions.yaml", "- titre: Seconde\n  description: Texte **deux**.\n");
        var next = await host.RebuildAsync();
        var html = await client.GetStringAsync(new Uri("/missions", UriKind.Relative));

        Assert.NotSame(first, catalog.Find(next, "/missions"));
        Assert.Contains("<strong>deux</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Première", html, StringComparison.Ordinal);
    }
}
