using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Lists;

/// <summary>A collection mounted at the site's root has no address for a list: the site still starts and the default list answers.</summary>
public sealed class RootCollectionTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_collection_mounted_at_the_root_leaves_the_list_at_the_default_address_and_its_entries_at_the_root()
    {
        _content.Write("articles/2021/velo.md", "---\ntitre: Le vélo en ville\ndate: 2021-03-01\n---\nTexte.\n");
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?>
        {
            ["Site:Mounts:0:Source"] = "articles",
            ["Site:Mounts:0:Target"] = "/",
            ["Site:Mounts:0:Kind"] = "collection",
        });
        using var client = factory.CreateRawClient();

        using var entry = await client.GetAsync(new Uri("/velo", UriKind.Relative));
        using var list = await client.GetAsync(new Uri("/blog", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/page/2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, entry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
