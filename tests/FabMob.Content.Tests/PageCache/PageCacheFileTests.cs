using System.Buffers.Binary;
using System.Text;
using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>
/// The snapshot cache: a build given the pages a previous run wrote renders only the files whose bytes
/// changed; a damaged or foreign cache file is never served, its files are rendered again.
/// </summary>
public sealed class PageCacheFileTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly string _cacheFolder = Path.Combine(Path.GetTempPath(), "fabmob-content-tests", "cache-" + Guid.NewGuid().ToString("N"));
    private readonly ContentOptions _options = new();

    public PageCacheFileTests()
    {
        _tree.Write("index.md", "---\ntitre: Accueil\n---\nBienvenue sur le [blog](blog/2021/velo.md).\n");
        _tree.Write("blog/2021/velo.md",
            "---\ntitre: Vélo\ndate: 2021-03-04\nétiquettes: [vélo, ville]\nnote: 2.0\nrang: 3\nvisible: true\n" +
            "partenaires:\n  - nom: Ademe\n    part: 0.5\n---\n# Vélo\n\nLe <b>vélo</b> en ville, voir l'[accueil](../../index.md).\n\n<script>alert(1)</script>\n");
        _tree.Write("à-propos.md", "---\ntitre: À propos\n---\nL'association.\n");
    }

    public void Dispose()
    {
        _tree.Dispose();
        if (Directory.Exists(_cacheFolder))
        {
            Directory.Delete(_cacheFolder, recursive: true);
        }
    }

    private string CachePath => PageCacheFile.PathFor(_cacheFolder, _tree.Root);

    private ContentSnapshot Build(RenderedPageCache? cache = null, ContentOptions? options = null) =>
        new ContentSnapshotBuilder(options ?? _options).Build(_tree.Root, cache: cache);

    private RenderedPageCache Load(ContentOptions? options = null) =>
        PageCacheFile.Load(CachePath, RenderingInputs.Key(options ?? _options), out _);

    private ContentSnapshot WriteThenRebuild()
    {
        var first = Build();
        PageCacheFile.Save(CachePath, RenderingInputs.Key(_options), first.Pages);
        return first;
    }

    [Fact]
    public void A_tree_of_more_pages_than_one_written_chunk_comes_back_whole_with_each_page_its_own_body()
    {
        // More than two chunks of records (PageCacheFile.SaveChunk), the last one partial.
        var count = (PageCacheFile.SaveChunk * 2) + 37;
        for (var i = 0; i < count; i++)
        {
            _tree.Write($"blog/2020/billet-{i:D4}.md", $"---\ntitre: Billet {i}\ndate: 2020-01-01\n---\nCorps numéro {i}.\n");
        }

        var first = WriteThenRebuild();
        var cache = Load();
        var second = Build(cache);

        Assert.Equal(count + 3, cache.Count);
        Assert.Equal(0, cache.Rejected);
        Assert.Equal(0, second.RenderedPages);
        for (var i = 0; i < count; i++)
        {
            var page = second.PagesBySource[$"blog/2020/billet-{i:D4}.md"];
            Assert.Contains($"Corps numéro {i}.", page.Html, StringComparison.Ordinal);
            Assert.Equal(first.PagesBySource[page.SourcePath].Html, page.Html);
        }
    }

    [Fact]
    public void A_build_from_the_cache_of_an_unchanged_tree_renders_nothing_and_gives_the_same_pages()
    {
        var first = WriteThenRebuild();

        var second = Build(Load());

        Assert.Equal(3, first.RenderedPages);
        Assert.Equal(0, second.RenderedPages);
        Assert.Equal(3, second.PagesFromCache);
        foreach (var page in first.Pages)
        {
            var again = second.PagesByUrl[page.Url];
            Assert.Equal(page.Html, again.Html);
            Assert.Equal(page.Title, again.Title);
            Assert.Equal(page.Summary, again.Summary);
            Assert.Equal(page.Cover, again.Cover);
            Assert.Equal(page.Links, again.Links);
            Assert.Equal(page.FrontMatter.Tags, again.FrontMatter.Tags);
            Assert.Equal(page.FrontMatter.Date, again.FrontMatter.Date);
            Assert.Equal(page.WordCount, again.WordCount);
            Assert.Equal(page.FileModified, again.FileModified);
        }

        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.Redirects, second.Redirects);
        Assert.Equal(first.Pages.Select(p => p.Keys?.Raw.Count), second.Pages.Select(p => p.Keys?.Raw.Count));
        Assert.Equal(first.Collections["blog"].Select(p => p.Url), second.Collections["blog"].Select(p => p.Url));
    }

    [Fact]
    public void A_cached_page_comes_back_with_the_addresses_its_file_claims_so_they_are_not_worked_out_again()
    {
        _tree.Write("blog/2021/ancien.md", "---\ntitre: Ancien\ndate: 2020-01-01\nslug: nouveau\nalias: [/vieux-lien]\n---\nTexte.\n");
        var fresh = WriteThenRebuild().PagesByUrl["/blog/nouveau"];

        var cached = Load().Find(new ContentFile("blog/2021/ancien.md", Path.Combine(_tree.Root, "blog/2021/ancien.md")), fresh.SourceHash, fresh.FileModified);

        Assert.NotNull(cached?.Keys);
        Assert.Equal(fresh.Keys!.Url, cached.Keys.Url);
        Assert.Equal(fresh.Keys.Raw, cached.Keys.Raw);
        Assert.Equal(fresh.Keys.Aliases, cached.Keys.Aliases);
        Assert.Equal("/blog/nouveau", Build(Load()).Redirects.Single(r => r.Key.Contains("vieux", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Front_matter_values_come_back_with_their_types()
    {
        var fresh = WriteThenRebuild().PagesByUrl["/blog/velo"];

        var page = Build(Load()).PagesByUrl["/blog/velo"];

        Assert.Equal(0, Build(Load()).RenderedPages);
        Assert.Equal(fresh.FrontMatter.Params.Keys.Order(), page.FrontMatter.Params.Keys.Order());
        Assert.All(fresh.FrontMatter.Params, pair => Assert.Equal(pair.Value?.GetType(), page.FrontMatter.Params[pair.Key]?.GetType()));
        Assert.IsType<double>(page.FrontMatter.Params["note"]);
        Assert.Equal(2.0, page.FrontMatter.Params["note"]);
        Assert.Equal(3L, page.FrontMatter.Params["rang"]);
        Assert.Equal(true, page.FrontMatter.Params["visible"]);
        var partners = Assert.IsType<List<object?>>(page.FrontMatter.Params["partenaires"]);
        var partner = Assert.IsType<Dictionary<string, object?>>(Assert.Single(partners));
        Assert.Equal("Ademe", partner["nom"]);
        Assert.Equal(0.5, partner["part"]);
    }

    [Fact]
    public async Task A_build_given_a_cache_still_being_read_waits_for_it_and_takes_its_pages()
    {
        var first = WriteThenRebuild();
        var reading = new TaskCompletionSource<RenderedPageCache>(TaskCreationOptions.RunContinuationsAsynchronously);

        var building = Task.Run(() => new ContentSnapshotBuilder(_options).Build(_tree.Root, null, reading.Task));
        reading.SetResult(Load());
        var second = await building;

        Assert.Equal(0, second.RenderedPages);
        Assert.Equal(first.Pages.Count, second.PagesFromCache);
        Assert.Equal(first.PagesByUrl["/"].Html, second.PagesByUrl["/"].Html);
    }

    [Fact]
    public void A_changed_file_is_rendered_again_and_the_others_come_from_the_cache()
    {
        WriteThenRebuild();
        _tree.Write("à-propos.md", "---\ntitre: À propos\n---\nL'association, modifiée.\n");

        var second = Build(Load());

        Assert.Equal(1, second.RenderedPages);
        Assert.Equal(2, second.PagesFromCache);
        Assert.Contains("modifiée", second.PagesByUrl["/à-propos"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_read_buffer_changed_only_past_it_is_rendered_again_from_its_new_bytes()
    {
        // 300 KB: past the 256 KiB buffer a build keeps per thread to hash the files that may come from the cache.
        var filler = string.Concat(Enumerable.Repeat("Une ligne de texte sur la mobilité partagée.\n\n", 6_500));
        _tree.Write("long.md", "---\ntitre: Long\n---\n" + filler + "Fin d'origine.\n");
        WriteThenRebuild();
        _tree.Write("long.md", "---\ntitre: Long\n---\n" + filler + "Fin modifiée.\n");

        var second = Build(Load());

        Assert.Equal(1, second.RenderedPages);
        Assert.Equal(3, second.PagesFromCache);
        Assert.Contains("Fin modifiée.", second.PagesByUrl["/long"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_file_read_after_a_large_one_comes_from_the_cache_hashed_on_its_own_bytes_only()
    {
        var filler = string.Concat(Enumerable.Repeat("Une ligne de texte sur la mobilité partagée.\n\n", 6_500));
        // First in path order, then small files: a thread that hashed it goes on to the next files with its buffer.
        _tree.Write("a-long.md", "---\ntitre: Long\n---\n" + filler);
        for (var i = 0; i < 20; i++)
        {
            _tree.Write($"b-{i:00}.md", $"---\ntitre: Page {i}\n---\nCourte.\n");
        }

        var first = WriteThenRebuild();

        var second = Build(Load());

        Assert.Equal(0, second.RenderedPages);
        Assert.Equal(first.Pages.Count, second.PagesFromCache);
    }

    [Fact]
    public void A_cached_page_whose_link_now_leads_elsewhere_is_rendered_again()
    {
        WriteThenRebuild();
        _tree.Write("blog/2021/velo.md", "---\ntitre: Vélo\ndate: 2021-03-04\nslug: bicyclette\n---\nTexte.\n");

        var second = Build(Load());

        Assert.Contains("href=\"/blog/bicyclette\"", second.PagesByUrl["/"].Html, StringComparison.Ordinal);
        Assert.Equal(2, second.RenderedPages);
    }

    [Fact]
    public void A_flipped_byte_in_a_record_is_detected_and_that_page_is_rendered_again()
    {
        var first = WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        // The second record (the first page, in address order: « / ») holds « Bienvenue », first in its small
        // fields (the summary): change it in place.
        var at = IndexOf(bytes, "Bienvenue");
        var fields = RecordAfterHeader(bytes) + 12 + 16;
        Assert.InRange(at, fields, fields + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(fields - 16)) - 1);
        bytes[at] = (byte)'X';
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(1, cache.Rejected);
        Assert.Equal(1, second.RenderedPages);
        Assert.Equal(first.PagesByUrl["/"].Html, second.PagesByUrl["/"].Html);
        Assert.Contains("Bienvenue", second.PagesByUrl["/"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_byte_in_a_records_raw_html_is_detected_and_that_page_is_rendered_again()
    {
        var first = WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        // The HTML is stored raw after the record's small fields: « <p>Bienvenue » is found there only.
        var at = IndexOf(bytes, "<p>Bienvenue");
        bytes[at + 3] = (byte)'X';
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(1, cache.Rejected);
        Assert.Equal(1, second.RenderedPages);
        Assert.Equal(first.PagesByUrl["/"].Html, second.PagesByUrl["/"].Html);
    }

    [Fact]
    public void A_page_record_whose_inner_lengths_do_not_add_up_is_left_out_even_with_a_matching_checksum()
    {
        WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var at = RecordAfterHeader(bytes);
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        var payload = bytes[(at + 12)..(at + 12 + length)];
        // Claim one HTML byte more than the record holds, and give the record a checksum that matches.
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(4), BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(4)) + 1);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at + 4), System.IO.Hashing.Crc64.HashToUInt64(payload));
        payload.CopyTo(bytes, at + 12);
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, cache.Rejected);
        Assert.Equal(1, second.RenderedPages);
    }

    [Fact]
    public void A_record_whose_fields_do_not_add_up_behind_a_matching_checksum_is_kept_undecoded_at_load_and_its_file_rendered_again()
    {
        var first = WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var at = RecordAfterHeader(bytes);
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        var payload = bytes[(at + 12)..(at + 12 + length)];
        // The fields: source path and hash (read at load), URL, title, description, summary, then the heading flag:
        // make the flag 2 (a boolean is 0 or 1) and give the record a checksum that matches.
        var field = 16;
        field = PastString(payload, field) + 16;
        for (var i = 0; i < 4; i++)
        {
            field = PastString(payload, field);
        }

        var source = Encoding.UTF8.GetString(payload, 17, payload[16] - 1);
        payload[field] = 2;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at + 4), System.IO.Hashing.Crc64.HashToUInt64(payload));
        payload.CopyTo(bytes, at + 12);
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();
        var second = Build(cache);

        // Decoded only when its file's bytes match, on the build's parallel pass: the load keeps it…
        Assert.Equal(3, cache.Count);
        Assert.Equal(0, cache.Rejected);
        // …and the build does not serve it: the file is rendered again, the others come from the cache.
        Assert.Equal(1, second.RenderedPages);
        Assert.Equal(2, second.PagesFromCache);
        Assert.Equal(first.PagesBySource[source].Html, second.PagesBySource[source].Html);
        Assert.Equal(first.PagesBySource[source].HasOwnHeading, second.PagesBySource[source].HasOwnHeading);
    }

    [Fact]
    public void A_string_written_twice_in_a_record_comes_back_as_one_string()
    {
        _tree.Write("blog/2021/double.md", "---\ntitre: Le même titre\nrésumé: Le même résumé\n---\nTexte.\n");
        WriteThenRebuild();

        var page = Build(Load()).PagesBySource["blog/2021/double.md"];

        Assert.Equal(0, Build(Load()).RenderedPages);
        Assert.Same(page.Title, page.FrontMatter.Title);
        Assert.Same(page.Summary, page.FrontMatter.Summary);
        Assert.Same(page.Url, page.Keys!.Url);
    }

    /// <summary>Where the field after the string at <paramref name="at"/> starts (a one-byte length here: count + 1, then UTF-8).</summary>
    private static int PastString(byte[] payload, int at)
    {
        Assert.True(payload[at] < 0x80);
        return at + payload[at];
    }

    [Fact]
    public void Search_text_and_html_come_back_as_they_were_held_neither_decoded_nor_compressed_again()
    {
        var first = WriteThenRebuild();

        var second = Build(Load());

        Assert.Equal(0, second.RenderedPages);
        Assert.All(first.Pages, page =>
        {
            var again = second.PagesByUrl[page.Url];
            Assert.Equal(page.HtmlUtf8.ToArray(), again.HtmlUtf8.ToArray());
            Assert.True(page.Text!.TryGetStored(out var length, out var bytes));
            Assert.True(again.Text!.TryGetStored(out var lengthAgain, out var bytesAgain));
            Assert.Equal(length, lengthAgain);
            Assert.Equal(bytes.ToArray(), bytesAgain.ToArray());
            Assert.True(page.Text.TryRead(out var headings, out var body));
            Assert.True(again.Text.TryRead(out var headingsAgain, out var bodyAgain));
            Assert.Equal(headings, headingsAgain);
            Assert.Equal(body, bodyAgain);
        });
        Assert.Contains(first.Pages, page => page.Text!.TryRead(out _, out var body) && body.Length > 0);
    }

    [Fact]
    public void A_long_search_text_held_compressed_comes_back_compressed_and_reads_the_same()
    {
        var body = string.Concat(Enumerable.Repeat("Le vélo en ville, « encore » ! ", 400));
        _tree.Write("long.md", "---\ntitre: Long\n---\n" + body + "\n");
        var first = WriteThenRebuild();

        var again = Build(Load()).PagesByUrl["/long"];

        Assert.True(first.PagesByUrl["/long"].Text!.TryGetStored(out var length, out var bytes));
        Assert.True(bytes.Length < length / 10, $"{bytes.Length} octets pour {length}");
        Assert.True(again.Text!.TryGetStored(out var lengthAgain, out var bytesAgain));
        Assert.Equal(length, lengthAgain);
        Assert.Equal(bytes.ToArray(), bytesAgain.ToArray());
        Assert.True(again.Text.TryRead(out _, out var read));
        Assert.Equal(body.Trim(), read);
    }

    [Fact]
    public void A_flipped_byte_in_a_records_search_text_is_detected_and_that_page_is_rendered_again()
    {
        var first = WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var last = LastRecord(bytes);
        // The search text is the last part of a page record (its byte count is the record's third number):
        // the file's last byte is the last page's text.
        Assert.True(BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(last + 12 + 8)) > 0);
        bytes[^1] ^= 0x55;
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(1, cache.Rejected);
        Assert.Equal(1, second.RenderedPages);
        Assert.All(first.Pages, page =>
        {
            Assert.True(second.PagesByUrl[page.Url].Text!.TryRead(out _, out var body));
            Assert.True(page.Text!.TryRead(out _, out var expected));
            Assert.Equal(expected, body);
        });
    }

    [Fact]
    public void A_page_record_claiming_more_html_than_the_file_holds_is_left_out_without_reading_past_it()
    {
        WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var at = RecordAfterHeader(bytes);
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        var payload = bytes[(at + 12)..(at + 12 + length)];
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(4), int.MaxValue - 8);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at + 4), System.IO.Hashing.Crc64.HashToUInt64(payload));
        payload.CopyTo(bytes, at + 12);
        File.WriteAllBytes(CachePath, bytes);

        var cache = Load();

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, cache.Rejected);
    }

    [Fact]
    public void A_cache_file_of_format_3_with_a_json_header_is_ignored_as_written_by_another_version()
    {
        var first = Build();
        var header = Encoding.UTF8.GetBytes(
            $"{{\"Format\":3,\"Product\":\"{RenderingInputs.Product}\",\"Inputs\":\"{RenderingInputs.Key(_options)}\"}}");
        var page = new byte[12 + 20];
        BinaryPrimitives.WriteInt32LittleEndian(page, 20);
        WriteRecords(header, page);

        var cache = PageCacheFile.Load(CachePath, RenderingInputs.Key(_options), out var problem);
        var second = Build(cache);

        Assert.Equal(0, cache.Count);
        Assert.Contains("autre version", problem, StringComparison.Ordinal);
        Assert.Contains("format 3", problem, StringComparison.Ordinal);
        Assert.Equal(first.Pages.Count, second.RenderedPages);
    }

    [Fact]
    public void A_cache_file_of_the_previous_format_with_base64_html_in_json_is_rebuilt()
    {
        var first = Build();
        var header = Encoding.UTF8.GetBytes(
            $"{{\"Format\":2,\"Product\":\"{RenderingInputs.Product}\",\"Inputs\":\"{RenderingInputs.Key(_options)}\"}}");
        var page = Encoding.UTF8.GetBytes("{\"SourcePath\":\"index.md\",\"Html\":\"PHA+QmllbnZlbnVlPC9wPg==\"}");
        WriteRecords(header, page);

        var cache = PageCacheFile.Load(CachePath, RenderingInputs.Key(_options), out var problem);
        var second = Build(cache);

        Assert.Equal(0, cache.Count);
        Assert.Contains("format 2", problem, StringComparison.Ordinal);
        Assert.Equal(first.Pages.Count, second.RenderedPages);
    }

    [Fact]
    public void A_truncated_file_keeps_the_whole_records_and_renders_the_rest()
    {
        var first = WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        File.WriteAllBytes(CachePath, bytes[..(bytes.Length - 10)]);

        var cache = Load();
        var second = Build(cache);

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, cache.Rejected);
        Assert.Equal(1, second.RenderedPages);
        Assert.All(first.Pages, page => Assert.Equal(page.Html, second.PagesByUrl[page.Url].Html));
    }

    [Fact]
    public void A_record_whose_checksum_matches_but_that_is_not_a_page_is_left_out()
    {
        WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var first = RecordAfterHeader(bytes);
        var garbage = Encoding.UTF8.GetBytes("{\"pas\":\"une page\"}");
        var record = new byte[12 + garbage.Length];
        BinaryPrimitives.WriteInt32LittleEndian(record, garbage.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(4), System.IO.Hashing.Crc64.HashToUInt64(garbage));
        garbage.CopyTo(record, 12);
        File.WriteAllBytes(CachePath, [.. bytes[..first], .. record, .. bytes[first..]]);

        var cache = Load();

        Assert.Equal(3, cache.Count);
        Assert.Equal(1, cache.Rejected);
    }

    [Fact]
    public void A_cache_written_by_another_version_is_not_used()
    {
        WriteThenRebuild();
        var bytes = File.ReadAllBytes(CachePath);
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var header = new PageCacheHeader(PageCacheFile.Format + 1, RenderingInputs.Product, RenderingInputs.Key(_options)).ToBytes();
        var head = new byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(head, header.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(4), System.IO.Hashing.Crc64.HashToUInt64(header));
        File.WriteAllBytes(CachePath, [.. head, .. header, .. bytes[(12 + length)..]]);

        var cache = PageCacheFile.Load(CachePath, RenderingInputs.Key(_options), out var problem);
        var second = Build(cache);

        Assert.Equal(0, cache.Count);
        Assert.Contains("autre version", problem, StringComparison.Ordinal);
        Assert.Contains($"format {PageCacheFile.Format + 1}", problem, StringComparison.Ordinal);
        Assert.Equal(3, second.RenderedPages);
    }

    [Fact]
    public void A_header_that_is_neither_binary_nor_json_leaves_the_whole_file_out()
    {
        WriteRecords(Encoding.UTF8.GetBytes("pas un en-tête"));

        var cache = PageCacheFile.Load(CachePath, RenderingInputs.Key(_options), out var problem);

        Assert.Equal(0, cache.Count);
        Assert.Contains("en-tête illisible", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_written_with_other_rendering_options_is_not_used()
    {
        WriteThenRebuild();
        var hardBreaks = new ContentOptions { HardLineBreaks = true };

        var cache = PageCacheFile.Load(CachePath, RenderingInputs.Key(hardBreaks), out var problem);

        Assert.Equal(0, cache.Count);
        Assert.NotNull(problem);
        Assert.NotEqual(RenderingInputs.Key(_options), RenderingInputs.Key(hardBreaks));
        Assert.NotEqual(RenderingInputs.Key(_options), RenderingInputs.Key(new ContentOptions { OwnHosts = ["lafabriquedesmobilites.fr"] }));
        Assert.NotEqual(RenderingInputs.Key(_options), RenderingInputs.Key(new ContentOptions { EmbedHosts = ["peertube.example"] }));
        Assert.NotEqual(RenderingInputs.Key(_options), RenderingInputs.Key(new ContentOptions
        {
            Mounts = [new FabMob.Content.Mounts.ContentMount("blog", "/actualités", FabMob.Content.Mounts.MountKind.Collection)],
        }));
        Assert.Equal(RenderingInputs.Key(_options), RenderingInputs.Key(new ContentOptions()));
    }

    [Fact]
    public void A_missing_cache_file_is_empty_and_no_problem()
    {
        var cache = PageCacheFile.Load(CachePath, RenderingInputs.Key(_options), out var problem);

        Assert.Equal(0, cache.Count);
        Assert.Null(problem);
    }

    [Fact]
    public void Writing_leaves_no_temporary_file_beside_the_cache()
    {
        WriteThenRebuild();
        WriteThenRebuild();

        Assert.Equal([Path.GetFileName(CachePath)], Directory.GetFiles(_cacheFolder).Select(Path.GetFileName));
    }

    private static int IndexOf(byte[] bytes, string text)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));
        Assert.True(at >= 0, $"« {text} » absent du cache");
        return at;
    }

    private static int RecordAfterHeader(byte[] bytes) => 12 + BinaryPrimitives.ReadInt32LittleEndian(bytes);

    private static int LastRecord(byte[] bytes)
    {
        var at = 0;
        while (true)
        {
            var next = at + 12 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            if (next >= bytes.Length)
            {
                return at;
            }

            at = next;
        }
    }

    /// <summary>A cache file of these payloads, each with its length and checksum as the file writes them.</summary>
    private void WriteRecords(params byte[][] payloads)
    {
        using var stream = File.Create(Path.Combine(Directory.CreateDirectory(_cacheFolder).FullName, Path.GetFileName(CachePath)));
        foreach (var payload in payloads)
        {
            var head = new byte[12];
            BinaryPrimitives.WriteInt32LittleEndian(head, payload.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(head.AsSpan(4), System.IO.Hashing.Crc64.HashToUInt64(payload));
            stream.Write(head);
            stream.Write(payload);
        }
    }
}
