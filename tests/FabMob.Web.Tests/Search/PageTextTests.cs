using FabMob.Content;
using FabMob.Web.Search;
using FabMob.Web.Content;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Search;

/// <summary>
/// What a page gives the index: its text taken from the Markdown tree at render (raw HTML read by AngleSharp),
/// in four parts ranked apart, and, once an index holding it is in service, nothing the next index cannot copy.
/// </summary>
public sealed class PageTextTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    private PageText TextOf(string markdown)
    {
        _content.Write("page.md", markdown);
        var page = new ContentSnapshotBuilder(new ContentOptions()).Build(_content.Root).PagesBySource["page.md"];
        return PageText.Of(page)!;
    }

    [Fact]
    public void Page_text_separates_headings_from_body_and_skips_markup()
    {
        var text = TextOf("""
            # Titre

            Un **vélo**&nbsp;électrique &amp; `<b>`

            <script>var caché = 1;</script>

            <style>p { color: red }</style>

            <!-- commentaire -->

            ## Le *tramway*

            - un
            - deux

            <p title="a > b">fin<br>ligne</p>
            """);

        Assert.Equal("Titre", text.Title);
        Assert.Equal("Le tramway", text.Headings);
        Assert.Equal("Un vélo électrique & <b> un deux fin ligne", text.Body);
    }

    [Fact]
    public void A_body_that_opens_with_the_title_does_not_repeat_it_among_headings()
    {
        var text = TextOf("# Le covoiturage\n\nTexte.\n\n## Le covoiturage en ville\n");

        Assert.Equal("Le covoiturage", text.Title);
        Assert.Equal("Le covoiturage en ville", text.Headings);
    }

    [Fact]
    public void Headings_written_in_raw_html_are_ranked_with_the_headings()
    {
        var text = TextOf("---\ntitre: Page\n---\n\n<section>\n<h2>Le dirigeable</h2>\n<div>Un ballon</div><div>captif</div>\n</section>\n");

        Assert.Equal("Le dirigeable", text.Headings);
        Assert.Equal("Un ballon captif", text.Body);
    }

    [Fact]
    public void Highlight_markers_written_in_a_page_never_reach_the_index()
    {
        var text = TextOf("---\ntitre: \"Faux \uE000titre\uE001\"\n---\n\n## Faux &#xE000;intertitre&#xE001;\n\nDu \uE000faux\uE001 et <span>&#57344;encore&#57345;</span>.\n");

        foreach (var part in new[] { text.Title, text.Headings, text.Body })
        {
            Assert.DoesNotContain(part, c => SearchText.IsMarker(c));
        }

        Assert.Equal("Du faux et encore.", text.Body);
    }

    [Fact]
    public void A_page_reused_by_a_rebuild_is_still_found_after_its_text_was_let_go()
    {
        _content.Write("a.md", "---\ntitre: A\n---\n\n## Le dirigeable\n\nUn ornithoptère.\n");
        _content.Write("b.md", "---\ntitre: B\n---\n\nAutre chose.\n");
        var builder = new ContentSnapshotBuilder(new ContentOptions());
        var first = builder.Build(_content.Root);
        using var firstIndex = SearchIndex.Build(first);
        foreach (var page in first.Pages)
        {
            page.Text!.Release();
        }

        _content.Write("b.md", "---\ntitre: B\n---\n\nUn hydroglisseur.\n");
        var second = builder.Build(_content.Root, first);
        Assert.Same(first.PagesBySource["a.md"], second.PagesBySource["a.md"]);
        using var secondIndex = SearchIndex.Build(second, broadMatches: 0, previous: firstIndex);

        Assert.Equal(["/a"], Urls(secondIndex, "ornithoptère"));
        Assert.Equal(["/a"], Urls(secondIndex, "dirigeable"));
        Assert.Equal(["/b"], Urls(secondIndex, "hydroglisseur"));
        Assert.Throws<InvalidOperationException>(() => SearchIndex.Build(second));
    }

    [Fact]
    public async Task Without_the_snapshot_cache_once_the_index_is_in_service_the_pages_let_go_of_their_text()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Site:PageCache"] = "false" });
        await site.SearchAsync("vélo");
        var pages = site.Factory.Services.GetRequiredService<ContentSnapshotHost>().Current.Pages;

        // Let go just after the index is put in service, which the search above waited for.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (pages.Any(page => !page.Text!.IsReleased) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(page.Text!.IsReleased));
    }

    [Fact]
    public async Task With_the_snapshot_cache_the_pages_keep_their_text_for_the_next_write_of_the_cache()
    {
        using var site = new SearchSite();
        await site.SearchAsync("vélo");
        await site.Factory.Services.GetRequiredService<PageCacheStore>().WhenWritten();
        var pages = site.Factory.Services.GetRequiredService<ContentSnapshotHost>().Current.Pages;

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.False(page.Text!.IsReleased));
    }

    [Fact]
    public async Task Without_search_no_page_carries_text()
    {
        using var site = SearchSite.Create(settings: new Dictionary<string, string?> { ["Search:Enabled"] = "false" });
        await site.Client.GetAsync(new Uri("/", UriKind.Relative));

        var pages = site.Factory.Services.GetRequiredService<ContentSnapshotHost>().Current.Pages;

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Null(page.Text));
    }

    private static List<string> Urls(SearchIndex index, string query) =>
        [.. index.Search(SearchQuery.Parse(SearchText.Clean(query)), null, 0, 100).Hits.Select(hit => hit.Page.Url)];

    public void Dispose() => _content.Dispose();
}
