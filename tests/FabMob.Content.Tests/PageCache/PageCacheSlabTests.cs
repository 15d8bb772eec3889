using System.Runtime.InteropServices;
using System.Text;
using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>
/// A cache load keeps the pages' HTML and search text as slices of a few large arrays (<see cref="PageSlabs"/>), read
/// from the file in blocks: records across a block's end, a record larger than a block and a corrupt record among good
/// ones all come back as they were written, or not at all.
/// </summary>
public sealed class PageCacheSlabTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly string _cacheFolder = Path.Combine(Path.GetTempPath(), "fabmob-content-tests", "slab-" + Guid.NewGuid().ToString("N"));
    private readonly ContentOptions _options = new();

    public void Dispose()
    {
        _tree.Dispose();
        if (Directory.Exists(_cacheFolder))
        {
            Directory.Delete(_cacheFolder, recursive: true);
        }
    }

    private string CachePath => PageCacheFile.PathFor(_cacheFolder, _tree.Root);

    private ContentSnapshot Build(RenderedPageCache? cache = null) => new ContentSnapshotBuilder(_options).Build(_tree.Root, cache: cache);

    private RenderedPageCache Load() => PageCacheFile.Load(CachePath, RenderingInputs.Key(_options), out _);

    private ContentSnapshot WriteThenRebuild()
    {
        var first = Build();
        PageCacheFile.Save(CachePath, RenderingInputs.Key(_options), first.Pages);
        return first;
    }

    [Fact]
    public void Pages_loaded_from_the_cache_share_one_array_for_their_html_and_another_for_their_text_not_one_array_each()
    {
        for (var i = 0; i < 40; i++)
        {
            _tree.Write($"blog/billet-{i:D2}.md", $"---\ntitre: Billet {i}\n---\nLe vélo numéro {i} en ville.\n");
        }

        WriteThenRebuild();
        var pages = Build(Load()).Pages;

        var htmlArrays = pages.Select(page => Segment(page.HtmlUtf8).Array).Distinct().ToList();
        var textArrays = pages.Select(page => Segment(Stored(page)).Array).Distinct().ToList();
        Assert.Single(htmlArrays);
        Assert.Single(textArrays);
        Assert.Equal(PageSlabs.SlabBytes, htmlArrays[0]!.Length);
        // Never the same array: the search index lets every text go once it has it, and a slab shared with the HTML
        // would keep the texts in memory as long as the pages live.
        Assert.NotSame(htmlArrays[0], textArrays[0]);
    }

    [Fact]
    public void Records_across_the_end_of_a_read_block_come_back_whole()
    {
        // Some 2.5 read blocks of records: several of them start in one block and end in the next.
        var paragraph = string.Concat(Enumerable.Repeat("Le covoiturage « solidaire » relie les villages au bourg. ", 90));
        var count = (int)(2.5 * PageCacheFileReader.BlockBytes / Encoding.UTF8.GetByteCount(paragraph));
        for (var i = 0; i < count; i++)
        {
            _tree.Write($"blog/billet-{i:D4}.md", $"---\ntitre: Billet {i}\n---\nNuméro {i}. {paragraph}\n");
        }

        var first = WriteThenRebuild();
        Assert.True(new FileInfo(CachePath).Length > 2 * PageCacheFileReader.BlockBytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(0, cache.Rejected);
        Assert.Equal(0, second.RenderedPages);
        Assert.All(first.Pages, page => Assert.Equal(page.Html, second.PagesBySource[page.SourcePath].Html));
        Assert.All(first.Pages, page => Assert.Equal(Text(page), Text(second.PagesBySource[page.SourcePath])));
    }

    [Fact]
    public void A_page_larger_than_a_read_block_and_a_slab_comes_back_whole_in_an_array_of_its_own_between_its_neighbours()
    {
        _tree.Write("a.md", "---\ntitre: A\n---\nAvant.\n");
        var line = "Une ligne du très long compte rendu de l'atelier, avec « guillemets ».\n\n";
        _tree.Write("b.md", "---\ntitre: B\n---\n" + string.Concat(Enumerable.Repeat(line, (PageCacheFileReader.BlockBytes / line.Length) + 500)));
        _tree.Write("c.md", "---\ntitre: C\n---\nAprès.\n");
        var first = WriteThenRebuild();
        Assert.True(first.PagesBySource["b.md"].HtmlUtf8.Length > PageSlabs.SlabBytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(0, cache.Rejected);
        Assert.Equal(0, second.RenderedPages);
        // Its HTML in an array of exactly its size; its text apart, with the other texts.
        var large = Segment(second.PagesBySource["b.md"].HtmlUtf8);
        var text = Segment(Stored(second.PagesBySource["b.md"]));
        Assert.Equal(0, large.Offset);
        Assert.Equal(large.Count, large.Array!.Length);
        Assert.NotSame(large.Array, text.Array);
        Assert.Same(text.Array, Segment(Stored(second.PagesBySource["a.md"])).Array);
        Assert.Equal(first.PagesBySource["b.md"].Html, second.PagesBySource["b.md"].Html);
        Assert.Same(Segment(second.PagesBySource["a.md"].HtmlUtf8).Array, Segment(second.PagesBySource["c.md"].HtmlUtf8).Array);
        Assert.Equal("<p>Après.</p>\n", second.PagesBySource["c.md"].Html);
    }

    [Fact]
    public void A_corrupt_record_between_two_pages_takes_no_room_in_their_slab_and_leaves_them_whole()
    {
        _tree.Write("a.md", "---\ntitre: A\n---\nAvant le billet abîmé.\n");
        _tree.Write("b.md", "---\ntitre: B\n---\nLe billet abîmé.\n");
        _tree.Write("c.md", "---\ntitre: C\n---\nAprès le billet abîmé.\n");
        var first = WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var at = bytes.AsSpan().IndexOf("<p>Le billet"u8);
        Assert.True(at > 0);
        bytes[at + 4] ^= 0x20;
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(1, cache.Rejected);
        Assert.Equal(1, second.RenderedPages);
        var a = second.PagesBySource["a.md"];
        var c = second.PagesBySource["c.md"];
        Assert.Equal(first.PagesBySource["a.md"].Html, a.Html);
        Assert.Equal(first.PagesBySource["c.md"].Html, c.Html);
        Assert.Equal(Text(first.PagesBySource["c.md"]), Text(c));
        // a's HTML then c's HTML, and a's text then c's text: nothing of b between them.
        var aHtml = Segment(a.HtmlUtf8);
        Assert.Same(aHtml.Array, Segment(c.HtmlUtf8).Array);
        Assert.Equal(aHtml.Offset + aHtml.Count, Segment(c.HtmlUtf8).Offset);
        var aText = Segment(Stored(a));
        Assert.Same(aText.Array, Segment(Stored(c)).Array);
        Assert.Equal(aText.Offset + aText.Count, Segment(Stored(c)).Offset);
        Assert.Equal(first.PagesBySource["b.md"].Html, second.PagesBySource["b.md"].Html);
    }

    private static ReadOnlyMemory<byte> Stored(ContentPage page)
    {
        Assert.True(page.Text!.TryGetStored(out _, out var bytes));
        return bytes;
    }

    private static string Text(ContentPage page)
    {
        Assert.True(page.Text!.TryRead(out var headings, out var body));
        return string.Join('\n', headings) + "\0" + body;
    }

    private static ArraySegment<byte> Segment(ReadOnlyMemory<byte> memory)
    {
        Assert.True(MemoryMarshal.TryGetArray(memory, out var segment));
        return segment;
    }
}
