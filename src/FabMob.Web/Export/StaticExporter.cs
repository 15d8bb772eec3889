using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FabMob.Content;
using FabMob.Web.Configuration;

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
internal sealed class StaticExporter(HttpClient client, ContentSnapshot snapshot, SiteOptions site, Func<string, bool> served,
    string webRoot, string target)
{
    public async Task<ExportResult> RunAsync(DateTimeOffset now, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(target);
        var failures = new ConcurrentBag<string>();
        var links = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var addresses = ExportAddresses.Of(snapshot, site, now);

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
                await WriteAsync(file, bytes, token).ConfigureAwait(false);
                Collect(links, file, response, bytes);
            }).ConfigureAwait(false);

        using (var missing = await client.GetAsync(new Uri("/_export/page-introuvable", UriKind.Relative), cancellation).ConfigureAwait(false))
        {
            var bytes = await missing.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
            await WriteAsync("404.html", bytes, cancellation).ConfigureAwait(false);
            Collect(links, "404.html", missing, bytes);
        }

        var files = CopyTree(webRoot) + CopyAssets();
        var redirects = await WriteRedirectsAsync(now, cancellation).ConfigureAwait(false);
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
        var broken = links.Where(l => served(UrlPath.Decode(l.Target))).ToList();
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

    private void Copy(string source, string relative)
    {
        var destination = Path.Combine(target, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination, overwrite: true);
    }

    /// <summary>
    /// <c>_redirects</c> (<c>/ancienne /nouvelle 301</c>, read by Netlify, Cloudflare Pages and others) for
    /// aliases, year folders and raw file names, and for each an HTML page that redirects where the
    /// host reads no such file.
    /// </summary>
    private async Task<int> WriteRedirectsAsync(DateTimeOffset now, CancellationToken cancellation)
    {
        var rules = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in snapshot.Redirects)
        {
            rules.TryAdd(from, to);
        }

        foreach (var page in snapshot.Pages)
        {
            var raw = "/" + page.SourcePath[..^3];
            if (raw != page.Url && !raw.EndsWith("/index", StringComparison.Ordinal) && !raw.EndsWith("/_index", StringComparison.Ordinal))
            {
                rules.TryAdd(raw, page.Url);
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

        // Thousands of small files: written in parallel, never over a page the export wrote.
        Parallel.ForEach(fallbacks, new ParallelOptions { CancellationToken = cancellation }, fallback =>
        {
            var path = Path.Combine(target, fallback.File);
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, RedirectPage(fallback.To));
            }
        });

        await WriteAsync("_redirects", Encoding.UTF8.GetBytes(lines.ToString()), cancellation).ConfigureAwait(false);
        return fallbacks.Count;
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

    private async Task WriteAsync(string relative, byte[] bytes, CancellationToken cancellation)
    {
        var path = Path.Combine(target, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellation).ConfigureAwait(false);
    }
}
