using System.Net;
using FabMob.Tests.Shared;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Wiki;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Association;

/// <summary>
/// The association's communs and publications pages, with the example configuration, once a wiki that
/// speaks MediaWiki's API (a stand-in on loopback) has answered: titles, pictures and summaries come from it.
/// </summary>
public sealed class AssociationWikiTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fabmob-association-wiki", Guid.NewGuid().ToString("N"));
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "fabmob-association-wiki", "cache-" + Guid.NewGuid().ToString("N"));
    private StandInWiki _wiki = null!;
    private AssociationRepositoryManifest _manifest = null!;

    public async Task InitializeAsync()
    {
        _manifest = AssociationRepository.Write(_root, AssociationSite.Today);
        foreach (var file in Directory.EnumerateFiles(AssociationSite.ExampleFolder))
        {
            File.Copy(file, Path.Combine(_root, Path.GetFileName(file)));
        }

        _wiki = await StandInWiki.StartAsync();
        var ids = _manifest.Communs.Concat(_manifest.Publications.Select(p => p.WikiId)).Distinct().ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            _wiki.SetPage(StandInWiki.Normalize(ids[i], out _),
                $"{{{{Commun|Titre=Titre du wiki {i}|Main_Picture=Image {i}.png|description=Résumé venu du wiki numéro {i}.}}}}");
        }
    }

    public async Task DisposeAsync()
    {
        await _wiki.DisposeAsync();
        foreach (var folder in new[] { _root, _cache })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Communs_and_publications_show_the_title_picture_and_summary_the_wiki_gives()
    {
        using var site = new SiteFactory(_root, settings: new Dictionary<string, string?>
        {
            ["Site:Wiki:ApiUrl"] = _wiki.ApiUrl.AbsoluteUri,
            ["Site:Wiki:CacheDirectory"] = _cache,
        });
        using var client = site.CreateClient();
        var catalog = site.Services.GetRequiredService<IWikiCatalog>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_manifest.Communs.Any(id => catalog.Find(id).Summary is null) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var (response, communs) = await Html.GetAsync(client, Html.Encode("/activités/communs"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = communs.QuerySelector("main")!.TextContent;
        foreach (var id in _manifest.Communs)
        {
            var summary = catalog.Find(id);
            Assert.StartsWith("Titre du wiki ", summary.Title, StringComparison.Ordinal);
            Assert.Contains(summary.Title, text, StringComparison.Ordinal);
            Assert.Contains(summary.Summary!, text, StringComparison.Ordinal);
        }

        var pictures = communs.QuerySelectorAll("main img").Select(img => img.GetAttribute("src")!).ToList();
        Assert.Equal(_manifest.Communs.Count, pictures.Count);
        Assert.All(pictures, src => Assert.StartsWith(_wiki.Root + "/wiki/Special:Filepath/Image_", src, StringComparison.Ordinal));
        Assert.All(communs.QuerySelectorAll("main img"), img => Assert.Equal("lazy", img.GetAttribute("loading")));

        var (_, publications) = await Html.GetAsync(client, Html.Encode("/activités/publications"));
        Assert.Contains("Titre du wiki ", publications.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
