using System.IO.Compression;
using FabMob.Web.Commands;
using FabMob.Web.Export;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Commands;

/// <summary>The static export: every address as a file, byte for byte what the server answers.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempSite _output = TempSite.Empty();

    [Fact]
    public async Task The_repository_content_exports_with_pages_identical_to_what_the_server_answers()
    {
        var (status, output, errors) = await ExportAsync(_output.Root);

        Assert.Equal(0, status);
        Assert.Contains("0 erreur(s)", output, StringComparison.Ordinal);
        using var factory = new SiteFactory(contentPath: null);
        var client = factory.CreateRawClient();
        foreach (var (path, file) in new[] { ("/%C3%A0-propos", "à-propos/index.html"), ("/", "index.html"),
                     ("/%C3%A0-propos/travailler", "à-propos/travailler/index.html"), ("/sitemap.xml", "sitemap.xml"),
                     ("/blog/feed.xml", "blog/feed.xml"), ("/robots.txt", "robots.txt") })
        {
            var served = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));
            var exported = await File.ReadAllBytesAsync(_output.PathOf(file));
            Assert.True(served.SequenceEqual(exported), $"{file} differs from {path}");
        }

        Assert.Contains("Page introuvable", await File.ReadAllTextAsync(_output.PathOf("404.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(_output.PathOf("css/site.css")));
        Assert.Contains("avertissement : à-propos/index.html : lien vers une page qui n'existe pas : /communs", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blog_exports_articles_lists_taxonomies_feeds_images_and_redirects_but_no_drafts()
    {
        using var content = TempSite.FromFixture("collections");
        var (status, _, errors) = await ExportAsync(_output.Root, $"--Site:ContentPath={content.Root}", "--Site:PageSize=3",
            "--Site:Menu:0:Label=Blog", "--Site:Menu:0:Url=/blog", "--Site:Menu:1:Label=Blog", "--Site:Menu:1:Url=/blog",
            "--Site:Menu:2:Label=Blog", "--Site:Menu:2:Url=/blog", "--Site:Menu:3:Label=Blog", "--Site:Menu:3:Url=/blog");

        Assert.True(status == 0, errors);
        foreach (var file in new[]
                 {
                     "blog/index.html", "blog/page/2/index.html", "blog/genese/index.html",
                     "blog/aller-vers-le-covoiturage-par-l-expérimentation/index.html", "étiquettes/index.html",
                     "étiquettes/vélo/index.html", "étiquettes/vélo/feed.xml", "catégories/histoire/index.html",
                     "blog/atom.xml", "blog/2015/images/schema.png", "à-propos/nous/index.html", "événements/index.html",
                 })
        {
            Assert.True(File.Exists(_output.PathOf(file)), $"{file} is missing");
        }

        Assert.False(Directory.Exists(_output.PathOf("blog/brouillon")));
        Assert.False(Directory.Exists(_output.PathOf("blog/futur")));
        var redirects = await File.ReadAllLinesAsync(_output.PathOf("_redirects"));
        Assert.Contains("/blog/ancien-covoiturage /blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation 301", redirects);
        Assert.Contains("/blog/2015/genese /blog/genese 301", redirects);
        Assert.DoesNotContain(redirects, line => line.Contains("brouillon", StringComparison.Ordinal));
        var fallback = await File.ReadAllTextAsync(_output.PathOf("blog/ancien-covoiturage/index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation\">",
            fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_check_finds_site_paths_whose_target_is_missing()
    {
        const string Home = "<a href=\"/present\">a</a> <img src=\"/img/x.png\"> <a href=\"/absent?x=1#y\">b</a> " +
            "<a href=\"//cdn.example.org/x\">c</a> <a href=\"/absent#z\">again</a>";
        _output.Write("index.html", Home);
        _output.Write("present/index.html", "<a href=\"/\">accueil</a> <a href=\"/absent\">b</a>");
        _output.Write("img/x.png", "png");

        var broken = ExportLinkChecker.Check(_output.Root, new Dictionary<string, IReadOnlyList<string>>
        {
            ["present/index.html"] = ExportLinkChecker.TargetsOf("<a href=\"/\">accueil</a> <a href=\"/absent\">b</a>"),
            ["index.html"] = ExportLinkChecker.TargetsOf(Home),
        });

        Assert.Equal([new BrokenLink("index.html", "/absent"), new BrokenLink("present/index.html", "/absent")], broken);
    }

    [Fact]
    public void Markup_inside_scripts_styles_titles_text_areas_and_comments_is_not_read_as_links()
    {
        const string Page = """
            <!DOCTYPE html><html><head><title>Voir <a href="/dans-le-titre"></title>
            <style>p::after { content: '<a href="/dans-le-style">'; }</style>
            <script>document.write('<a href="/dans-un-script">x</a>');</script>
            <script type="application/ld+json">{"url":"<img src='/dans-le-json'>"}</script>
            <link rel="stylesheet" href="/css/site.css?v=abc"></head>
            <body><!-- <a href="/dans-un-commentaire"> --><textarea><a href="/dans-un-textarea"></textarea>
            <a HREF="/r%C3%A9sum%C3%A9?a=1&amp;b=2#haut">résumé</a> <a href='/simple'>s</a> <a href=/sans-guillemets>n</a>
            <svg><a href="/dans-le-svg"><text>t</text></a><style>.a{}</style></svg><img src="/images/x.png" alt="">
            <a href="https://exemple.org/dehors">d</a> <a href="//cdn.exemple.org/x">c</a> <a href="#haut">h</a>
            </body></html>
            """;

        var targets = ExportLinkChecker.TargetsOf(Page);

        Assert.Equal(["/css/site.css", "/dans-le-svg", "/images/x.png", "/r%C3%A9sum%C3%A9", "/sans-guillemets", "/simple"],
            targets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_export_over_an_older_export_writes_the_same_files_as_an_export_into_an_empty_folder()
    {
        using var content = TempSite.FromFixture("collections");
        using var fresh = TempSite.Empty();
        _output.Write("blog/genese/index.html", new string('x', 200_000));
        _output.Write("css/site.css", new string('y', 200_000));
        _output.Write("blog/2015/images/schema.png", new string('z', 200_000));

        var (status, _, errors) = await ExportAsync(_output.Root, $"--Site:ContentPath={content.Root}");
        var (freshStatus, _, _) = await ExportAsync(fresh.Root, $"--Site:ContentPath={content.Root}");

        Assert.True(status == 0 && freshStatus == 0, errors);
        var files = Directory.GetFiles(fresh.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fresh.Root, f)).ToList();
        Assert.Contains(Path.Combine("blog", "genese", "index.html"), files);
        foreach (var file in files)
        {
            var expected = await File.ReadAllBytesAsync(fresh.PathOf(file));
            var over = await File.ReadAllBytesAsync(_output.PathOf(file));
            Assert.True(expected.SequenceEqual(over), $"{file} differs");
        }
    }

    [Fact]
    public async Task With_compress_each_text_file_gets_brotli_and_gzip_copies_that_decompress_to_it_and_images_get_none()
    {
        using var content = TempSite.FromFixture("collections");
        var (status, output, errors) = await ExportAsync(_output.Root, $"--Site:ContentPath={content.Root}", "--compress");

        Assert.True(status == 0, errors);
        Assert.Contains("copies compressées", output, StringComparison.Ordinal);
        foreach (var file in new[] { "blog/index.html", "css/site.css", "blog/atom.xml" })
        {
            var plain = await File.ReadAllBytesAsync(_output.PathOf(file));
            var brotli = await File.ReadAllBytesAsync(_output.PathOf(file + ".br"));
            var gzip = await File.ReadAllBytesAsync(_output.PathOf(file + ".gz"));
            Assert.True(brotli.Length < plain.Length && gzip.Length < plain.Length, file);
            Assert.Equal(plain, Decompress(new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress)));
            Assert.Equal(plain, Decompress(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)));
        }

        Assert.False(File.Exists(_output.PathOf("blog/2015/images/schema.png.br")));
        Assert.False(File.Exists(_output.PathOf("blog/2015/images/schema.png.gz")));
    }

    [Fact]
    public async Task Without_compress_the_export_writes_no_compressed_copies()
    {
        using var content = TempSite.FromFixture("collections");
        var (status, _, errors) = await ExportAsync(_output.Root, $"--Site:ContentPath={content.Root}");

        Assert.True(status == 0, errors);
        Assert.Empty(Directory.GetFiles(_output.Root, "*.br", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(_output.Root, "*.gz", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Without_a_directory_the_command_explains_its_usage()
    {
        var (status, _, errors) = await ExportAsync();

        Assert.Equal(2, status);
        Assert.StartsWith("usage : FabMob.Web export DOSSIER", errors, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Output, string Errors)> ExportAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var status = await ExportCommand.RunAsync(args, output, errors);
        return (status, output.ToString(), errors.ToString());
    }

    private static byte[] Decompress(Stream decompressor)
    {
        using (decompressor)
        {
            using var output = new MemoryStream();
            decompressor.CopyTo(output);
            return output.ToArray();
        }
    }

    public void Dispose() => _output.Dispose();
}
