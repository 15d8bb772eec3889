using System.Collections.Concurrent;
using System.Text;
using FabMob.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Security;

/// <summary>
/// Thousands of generated hostile request targets, sent byte for byte to real Kestrel: every answer
/// is a 2xx, 3xx or 4xx, and none carries a canary planted where the site must never read from (the
/// git folder, data files, front matter, hidden folders, files outside the allow-list or outside the
/// content root, the configuration) nor a system file.
/// </summary>
public sealed class HostileUrlTests(ITestOutputHelper output) : IDisposable
{
    private const string GitCanary = "CANARI-GIT-7f3a";
    private const string DataCanary = "CANARI-DONNEES-91bc";
    private const string FrontMatterCanary = "CANARI-ENTETE-55d0";
    private const string HiddenCanary = "CANARI-CACHE-2e41";
    private const string OutsideCanary = "CANARI-DEHORS-c8a9";
    private const string NotAllowedCanary = "CANARI-TXT-0b7e";
    private const string SecretCanary = "CANARI-SECRET-3d6f-0123456789abcdef";

    private readonly TempSite _root = TempSite.Empty();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Three_thousand_hostile_paths_give_no_5xx_and_leak_nothing()
    {
        var content = Path.Combine(_root.Root, "contenu");
        PlantCanaries(content);
        using var site = new KestrelSite(content, new Dictionary<string, string?> { ["Publish:Secret"] = SecretCanary });

        // Until its first index is built the search answers 503 « La recherche se prépare » with Retry-After, by design
        // (SearchController): wait for it, so that what is read below is how hostile addresses are answered, not how long
        // a loaded machine takes to build an index (three such 503s were seen at load 16).
        await WaitForSearchAsync(site.BaseAddress);
        var targets = Targets().ToList();
        Assert.True(targets.Count >= 3_000, $"only {targets.Count} targets");
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (target, token) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var response = await RawHttp.SendAsync(site.BaseAddress, target, cancellationToken: timeout.Token);
            statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
            var shown = Encoding.Latin1.GetString(target, 0, Math.Min(target.Length, 120));
            if (response.Status >= 500)
            {
                failures.Enqueue($"{response.Status} for {shown}");
            }

            if (Leak(response.Body) is { } leaked)
            {
                failures.Enqueue($"leak of {leaked} ({response.Status}) for {shown}");
            }
        });

        var summary = $"{targets.Count} hostile targets sent; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "closed" : s.Key)}×{s.Value}"));
        output.WriteLine(summary);
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join('\n', failures.Take(30)));
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);

        // Still serving, and the planted page itself is fine.
        var page = await RawHttp.SendAsync(site.BaseAddress, "/page-avec-secret");
        Assert.Equal(200, page.Status);
        Assert.Contains("Texte public.", page.Body, StringComparison.Ordinal);
        Assert.Null(Leak(page.Body));
    }

    private static async Task WaitForSearchAsync(Uri baseAddress)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var response = await RawHttp.SendAsync(baseAddress, "/recherche?q=bienvenue");
            if (response.Status != 503)
            {
                Assert.Equal(200, response.Status);
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the search still answers 503 two minutes after the start");
            await Task.Delay(100);
        }
    }

    private static string? Leak(string body)
    {
        foreach (var canary in new[] { GitCanary, DataCanary, FrontMatterCanary, HiddenCanary, OutsideCanary, NotAllowedCanary, SecretCanary })
        {
            if (body.Contains(canary, StringComparison.Ordinal))
            {
                return canary;
            }
        }

        // /etc/passwd, appsettings.json, a .md source (front matter fence then a key), a project file.
        string[] markers = ["root:x:0:0:", "\"MinimumLevel\"", "\"Site\": {", "---\ntitre:", "<Project Sdk", "[core]\n\trepositoryformatversion"];
        return markers.FirstOrDefault(marker => body.Contains(marker, StringComparison.Ordinal));
    }

    private static void PlantCanaries(string content)
    {
        void Write(string relative, string text)
        {
            var path = Path.Combine(content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Write("index.md", "---\ntitre: Accueil\n---\nBienvenue.\n");
        Write("à-propos.md", "---\ntitre: À propos\nnote_interne: " + FrontMatterCanary + "\n---\nQui nous sommes.\n");
        Write("page-avec-secret.md", "---\ntitre: Page\ncle_privee: " + FrontMatterCanary + "\n---\nTexte public.\n");
        Write("blog/2021/article.md", "---\ntitre: Article\ndate: 2021-03-24\ntags: [vélo]\n---\nUn article.\n");
        Write("blog/images/photo.png", "PNG");
        Write(".git/config", "[core]\n\trepositoryformatversion = 0\n# " + GitCanary + "\n");
        Write(".git/HEAD", "ref: refs/heads/main " + GitCanary + "\n");
        Write("_data/equipe.yaml", "# " + DataCanary + "\n- nom: Camille\n");
        Write("_data/secrets.yml", "# " + DataCanary + "\ncle: valeur\n");
        Write("_brouillons/idee.md", "---\ntitre: Idée\n---\n" + HiddenCanary + "\n");
        Write(".cache/image.png", HiddenCanary);
        Write("_index.md", "---\ntitre: Index\ncle: " + FrontMatterCanary + "\n---\n");
        Write("notes.txt", NotAllowedCanary);
        Write("config.json", NotAllowedCanary);
        Write(".env", "SECRET=" + HiddenCanary);
        Write("appsettings.json", "{ \"x\": \"" + NotAllowedCanary + "\" }");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(content)!, "dehors.txt"), OutsideCanary);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(content)!, "dehors.png"), OutsideCanary);
        File.CreateSymbolicLink(Path.Combine(content, "lien.png"), Path.Combine(Path.GetDirectoryName(content)!, "dehors.png"));
        File.CreateSymbolicLink(Path.Combine(content, "passwd.png"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(content, "dossier-lien"), Path.GetDirectoryName(content)!);
    }

    /// <summary>Deterministic hostile targets: traversal in every encoding, odd bytes, huge and deep paths, absurd queries.</summary>
    private static IEnumerable<byte[]> Targets()
    {
        static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        string[] dots = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "%c0%ae%c0%ae", "%e0%80%ae%e0%80%ae", "%uff0e%uff0e", "...", ". .", "..;"];
        string[] slashes = ["/", "%2f", "%2F", "\\", "%5c", "%5C", "%c0%af", "%e0%80%af", "%255c", "%252f", "//", "/./"];
        string[] prefixes = ["/", "/css/", "/à-propos/", "/%C3%A0-propos/", "/blog/", "/blog/2021/", "/tags/", "/_erreur/", "/favicon.svg/", "/blog/images/", "/recherche/", "/js/"];
        string[] goals =
        [
            "appsettings.json", "appsettings.Development.json", "FabMob.Web.dll", "FabMob.Web.deps.json", ".git/config", ".git/HEAD",
            "etc/passwd", "à-propos.md", "%C3%A0-propos.md", "_data/equipe.yaml", "_data/secrets.yml", "contenu/.git/config",
            "contenu/_data/equipe.yaml", "contenu/page-avec-secret.md", "dehors.txt", "dehors.png", "notes.txt", ".env",
            "_brouillons/idee.md", "proc/self/environ", "FabMob.sln", "src/FabMob.Web/appsettings.json", "web.config", "index.md",
        ];

        var random = new Random(2024);
        for (var i = 0; i < 3_000; i++)
        {
            var dot = dots[random.Next(dots.Length)];
            var slash = slashes[random.Next(slashes.Length)];
            var depth = random.Next(1, 9);
            var climb = string.Concat(Enumerable.Repeat(dot + slash, depth));
            yield return Utf8(prefixes[random.Next(prefixes.Length)] + climb + goals[random.Next(goals.Length)]);
        }

        // Files of the tree that are never served, asked for directly, in every spelling.
        string[] direct =
        [
            "/à-propos.md", "/%C3%A0-propos.md", "/A%CC%80-propos.md", "/index.md", "/_index.md", "/page-avec-secret.md",
            "/_data/equipe.yaml", "/_data/secrets.yml", "/_data/", "/_data", "/.git/config", "/.git/HEAD", "/.git/", "/.git",
            "/%2egit/config", "/.GIT/config", "/.git%2fconfig", "/.env", "/notes.txt", "/config.json", "/appsettings.json",
            "/_brouillons/idee.md", "/_brouillons/idee", "/.cache/image.png", "/lien.png", "/passwd.png", "/dossier-lien/dehors.txt",
            "/dossier-lien/dehors.png", "/../appsettings.json", "/../dehors.txt", "/..%2fdehors.txt", "/%2e%2e/dehors.png",
            "/etc/passwd", "//etc/passwd", "/%2fetc%2fpasswd", "/blog/2021/article.md", "/blog/2021/", "/blog/images/photo.png/..",
            "/favicon.svg%00.md", "/à-propos%00", "/%00", "/%", "/%zz", "/%g0", "/%2", "/abc%", "/%ed%a0%80", "/%ed%bf%bf",
            "/%e2%80%ae%67%6e%70%2e%64%6d", "/%e2%80%aeà-propos", "/%ef%bb%bf", "/%c0%80", "/%ff%fe", "/\u202Eà-propos",
            "/à-propos\\..\\..\\appsettings.json", "/%5c%5c..%5c..%5cetc%5cpasswd", "/;/appsettings.json", "/à-propos;.md",
            "/à-propos.md::$DATA", "/à-propos.md.", "/à-propos.md%20", "/à-propos.MD", "/%C3%A0-propos.Md", "/CON", "/aux.md",
        ];
        foreach (var target in direct)
        {
            yield return Utf8(target);
            yield return Utf8(target + "?page=2");
        }

        // Raw bytes that are not UTF-8, control characters, spaces.
        foreach (var raw in new[]
                 {
                     new byte[] { 0x2F, 0xC0, 0xAE, 0xC0, 0xAE, 0x2F, 0x65, 0x74, 0x63 }, [0x2F, 0xFF, 0xFE], [0x2F, 0x00, 0x61],
                     [0x2F, 0x61, 0x0B, 0x62], [0x2F, 0xED, 0xA0, 0x80], [0x2F, 0x2E, 0x2E, 0x5C, 0x2E, 0x2E], [0x2F, 0x7F],
                     [0x2F, 0x61, 0x20, 0x62], [0x2F, 0x09], [0x2F, 0xE2, 0x80, 0xAE, 0x61],
                 })
        {
            yield return raw;
        }

        // Absurd query values on every list and search.
        string[] lists = ["/blog", "/tags/vélo", "/tags/v%C3%A9lo", "/categories/x", "/recherche", "/"];
        string[] values =
        [
            "page=-1", "page=0", "page=99999999999", "page=2147483648", "page=1e9", "page=NaN", "page=%00", "page=1&page=2",
            "page=" + new string('9', 400), "q=", "q=" + new string('a', 3_000), "q=%00%ff", "q=%", "q=%zz", "q=*", "q=\"", "q=<script>",
            "q=" + string.Concat(Enumerable.Repeat("%e2%80%ae", 200)), "q=" + string.Concat(Enumerable.Repeat("(", 2_000)),
            "utm_source=" + new string('x', 2_000), "a[]=1&a[]=2", "=", "&&&", "page=\u00e9",
        ];
        foreach (var list in lists)
        {
            foreach (var value in values)
            {
                yield return Utf8(list + "?" + value);
            }
        }

        foreach (var path in new[] { "/blog/page/-1", "/blog/page/0", "/blog/page/99999999999", "/tags/x/page/0", "/tags/%00/feed.xml", "/blog/page/%2e%2e" })
        {
            yield return Utf8(path);
        }

        // Huge and deep paths, real page names mixed in.
        yield return Utf8("/" + new string('a', 10_240));
        yield return Utf8("/à-propos/" + string.Concat(Enumerable.Repeat("%2e%2e/", 1_500)));
        yield return Utf8("/" + string.Concat(Enumerable.Repeat("a/", 3_000)));
        yield return Utf8("/" + string.Concat(Enumerable.Repeat("à-propos/", 200)));
        yield return Utf8("/" + string.Concat(Enumerable.Repeat("../", 2_000)) + "etc/passwd");
        yield return Utf8("/blog?" + new string('q', 10_240));
        for (var depth = 1; depth <= 300; depth += 7)
        {
            yield return Utf8("/" + string.Concat(Enumerable.Repeat("x/", depth)) + string.Concat(Enumerable.Repeat("../", depth + 3)) + "appsettings.json");
        }
    }
}
