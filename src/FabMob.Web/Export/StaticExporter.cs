using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FabMob.Content;
using FabMob.Content.Redirects;
using FabMob.Web.Configuration;
using FabMob.Web.Routing;

namespace FabMob.Web.Export;

/// <summary>What an export wrote and found.</summary>
internal sealed record ExportResult(int Pages, int Files, int Redirects, IReadOnlyList<BrokenLink> ContentLinks,
    IReadOnlyList<BrokenLink> BrokenLinks, IReadOnlyList<string> Failures);

/// <summary>
/// Writes the whole site as files a static host serves as they are. Each address is fetched from the
/// running site over HTTP, so every page's bytes are exactly what the server answers; then come the
/// 404 page, the site's assets, the content tree's files, the redirects (a <c>_redirects</c> file and
/// HTML fallbacks) and a check of the internal links.
/// </summary>
internal sealed class StaticExporter(HttpClient client, ContentSnapshot snapshot, SiteOptions site, SiteAddresses siteAddresses,
    GeneratedAddresses generated, PatternRedirects redirectRules, string webRoot, string target)
{
    private readonly ExportFileWriter _files = new(target);

    public async Task<ExportResult> RunAsync(DateTimeOffset now, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(target);
        var failures = new ConcurrentBag<string>();
        var links = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var addresses = ExportAddresses.Of(snapshot, generated, now);

        // Rendering is CPU work on the in-process server: a few requests per core keep every core busy.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2, CancellationToken = cancellation };
        await Parallel.ForEachAsync(addresses, parallel,
            async (address, token) =>
            {
                using var response = await client.GetAsync(new Uri(UrlPath.ForHeader(address), UriKind.Relative), token).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{address} : statut {(int)response.StatusCode}");
                    return;
                }

                var file = ExportAddresses.FileFor(address);
                var bytes = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                // Written on this thread: an asynchronous file write on Linux is the same write queued to the thread pool.
                _files.Write(file, bytes);
                Collect(links, file, response, bytes);
            }).ConfigureAwait(false);

        using (var missing = await client.GetAsync(new Uri("/_export/page-introuvable", UriKind.Relative), cancellation).ConfigureAwait(false))
        {
            var bytes = await missing.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
            _files.Write("404.html", bytes);
            Collect(links, "404.html", missing, bytes);
        }

        var files = CopyTree(webRoot) + CopyAssets();
        var redirects = WriteRedirects(now, addresses, links.Values.SelectMany(targets => targets), cancellation);
        var (content, broken) = SplitBrokenLinks(ExportLinkChecker.Check(target, links));
        return new ExportResult(addresses.Count, files, redirects, content, broken, [.. failures.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Keeps the site paths an HTML answer links to, checked once every file is written.</summary>
    private static void Collect(ConcurrentDictionary<string, IReadOnlyList<string>> links, string file, HttpResponseMessage response,
        byte[] bytes)
    {
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            links[file.Replace('\\', '/')] = ExportLinkChecker.TargetsOf(Encoding.UTF8.GetString(bytes));
        }
    }

    /// <summary>
    /// A missing target the server answers means the export is incomplete: a failure. A target the
    /// server does not answer either is a link to a page that does not exist (yet), which <c>check</c>
    /// reports as a warning: listed, not a failure.
    /// </summary>
    private (List<BrokenLink> Content, List<BrokenLink> Broken) SplitBrokenLinks(IReadOnlyList<BrokenLink> links)
    {
        var broken = links.Where(l => siteAddresses.Exists(snapshot, UrlPath.Decode(l.Target))).ToList();
        return (links.Except(broken).ToList(), broken);
    }

    private int CopyTree(string root)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
        Parallel.ForEach(files, file => Copy(file, Path.GetRelativePath(root, file)));
        return files.Length;
    }

    private int CopyAssets()
    {
        Parallel.ForEach(snapshot.Assets, asset => Copy(asset.Value, asset.Key.TrimStart('/')));
        return snapshot.Assets.Count;
    }

    private void Copy(string source, string relative) => _files.Copy(source, relative);

    /// <summary>
    /// <c>_redirects</c> (<c>/ancienne /nouvelle 301</c>, read by Netlify, Cloudflare Pages and others) for
    /// aliases, year folders, raw file names and the instances of the rules of <c>Site:Redirects</c> that
    /// lead to an exported address, and for each an HTML page that redirects where the host reads no such
    /// file; then the rules themselves with <c>:name</c> placeholders (see <see cref="RulePatternLines"/>).
    /// </summary>
    private int WriteRedirects(DateTimeOffset now, IReadOnlyList<string> addresses, IEnumerable<string> linked,
        CancellationToken cancellation)
    {
        var rules = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in snapshot.Redirects)
        {
            rules.TryAdd(from, to);
        }

        foreach (var (from, to) in RuleInstances(now, addresses))
        {
            rules.TryAdd(from, to);
        }

        // Old addresses the exported pages themselves link to (`/articles/{category}/{name}` in a 2016 article):
        // a rule answers them on the server; the export writes each one it meets.
        var exported = addresses.ToHashSet(StringComparer.Ordinal);
        foreach (var path in linked.Select(UrlPath.Decode).Distinct(StringComparer.Ordinal))
        {
            if (!exported.Contains(path) && snapshot.Match(path) is ContentMatch.NotFound &&
                siteAddresses.RuleTarget(snapshot, path, page => page.IsPublishedAt(now)) is { } to && exported.Contains(to))
            {
                rules.TryAdd(path, to);
            }
        }

        var lines = new StringBuilder();
        var fallbacks = new List<(string File, string To)>();
        foreach (var (from, to) in rules)
        {
            if (from == to || snapshot.PagesByUrl.ContainsKey(from) || !IsPublished(to, now))
            {
                continue;
            }

            lines.Append(UrlPath.ForHeader(from)).Append(' ').Append(UrlPath.ForHeader(to)).Append(" 301\n");
            fallbacks.Add((ExportAddresses.FileFor(from), to));
        }

        foreach (var rule in RulePatternLines())
        {
            lines.Append(rule).Append('\n');
        }

        // Thousands of small files: written in parallel, never over a page the export wrote.
        Parallel.ForEach(fallbacks, new ParallelOptions { CancellationToken = cancellation },
            fallback => _files.WriteNew(fallback.File, Encoding.UTF8.GetBytes(RedirectPage(fallback.To))));

        _files.Write("_redirects", Encoding.UTF8.GetBytes(lines.ToString()));
        return fallbacks.Count;
    }

    /// <summary>
    /// The source paths of the rules that lead to an exported address, with the final address the server
    /// answers them with: each exported address and each published page's raw file name is fitted to every
    /// rule's target, a parameter only the source has taking the page's category slugs
    /// (<c>/{category}/{id}</c> → each category of the article). Never an address the site serves itself.
    /// </summary>
    private IEnumerable<(string From, string To)> RuleInstances(DateTimeOffset now, IReadOnlyList<string> addresses)
    {
        if (redirectRules.Rules.Count == 0)
        {
            yield break;
        }

        var exported = addresses.ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(string Address, IReadOnlyList<string> FreeValues)>();
        foreach (var page in snapshot.Pages.Where(p => p.IsPublishedAt(now)))
        {
            IReadOnlyList<string> categories = [.. page.FrontMatter.Categories.Select(c => SlugBuilder.Slugify(c.Trim())).Distinct(StringComparer.Ordinal)];
            candidates.Add((page.Url, categories));
            var file = page.SourcePath[(page.SourcePath.LastIndexOf('/') + 1)..^3];
            var parent = page.Url[..page.Url.LastIndexOf('/')];
            if (file is not ("index" or "_index") && page.Url != "/" && parent + "/" + file != page.Url)
            {
                candidates.Add((parent + "/" + file, categories));
            }
        }

        // Lists, not feeds or other files: a fallback page is HTML.
        candidates.AddRange(addresses
            .Where(a => !snapshot.PagesByUrl.ContainsKey(a) && ExportAddresses.FileFor(a).EndsWith("index.html", StringComparison.Ordinal))
            .Select(a => (a, (IReadOnlyList<string>)[])));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in redirectRules.Rules)
        {
            foreach (var (address, freeValues) in candidates)
            {
                foreach (var from in rule.SourcesOf(address, freeValues))
                {
                    if (!seen.Add(from) || exported.Contains(from) || snapshot.Match(from) is not ContentMatch.NotFound)
                    {
                        continue;
                    }

                    if (siteAddresses.RuleTarget(snapshot, from, page => page.IsPublishedAt(now)) is { } to && exported.Contains(to))
                    {
                        yield return (from, to);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The rules with parameters as <c>_redirects</c> lines (<c>/blog/tag/:tag /%C3%A9tiquettes/:tag 301</c>),
    /// after every explicit line (the host takes the first line that fits). Left out, with a comment: a rule
    /// that applies only when its target exists (a static host cannot tell; its instances are written above)
    /// and a rule whose target could fit its own source (it would redirect in a loop).
    /// </summary>
    private IEnumerable<string> RulePatternLines()
    {
        foreach (var rule in redirectRules.Rules.Where(r => r.From.Names.Count > 0))
        {
            if (rule.IfExists || rule.MayRedirectToItself)
            {
                yield return $"# {rule.From.ToPlaceholders()} -> {rule.To.ToPlaceholders()} : seulement ses adresses existantes, écrites ci-dessus";
            }
            else
            {
                yield return $"{rule.From.ToPlaceholders()} {rule.To.ToPlaceholders()} 301";
            }
        }
    }

    private bool IsPublished(string url, DateTimeOffset now) =>
        !snapshot.PagesByUrl.TryGetValue(url, out var page) || page.IsPublishedAt(now);

    private string RedirectPage(string to)
    {
        var url = WebUtility.HtmlEncode(site.BaseUrlTrimmed + UrlPath.ForHeader(to));
        var path = WebUtility.HtmlEncode(UrlPath.ForHeader(to));
        return $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(site.Language)}">
            <head>
            <meta charset="utf-8">
            <title>Page déplacée</title>
            <link rel="canonical" href="{url}">
            <meta http-equiv="refresh" content="0; url={path}">
            <meta name="robots" content="noindex">
            </head>
            <body><p>Cette page a déménagé : <a href="{path}">{WebUtility.HtmlEncode(to)}</a>.</p></body>
            </html>

            """;
    }
}
