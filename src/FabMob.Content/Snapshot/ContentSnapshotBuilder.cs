using System.Collections.Concurrent;
using System.Diagnostics;
using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Mounts;
using FabMob.Content.PageCache;
using FabMob.Content.Reading;
using FabMob.Content.Rendering;
using Markdig.Syntax;

namespace FabMob.Content.Snapshot;

/// <summary>
/// Read → Parse → Render → Index: turns a content tree into an immutable <see cref="ContentSnapshot"/>.
/// Files are parsed in parallel; a file that cannot be published is reported and, when a previous
/// snapshot had it, keeps its last good version. Thread-safe; builds may run concurrently.
/// </summary>
public sealed class ContentSnapshotBuilder
{
    private const int SummaryLength = 300;
    private const int DescriptionLength = 160;

    /// <summary>The read buffer a thread keeps between files (a larger file gets a buffer of its own, not kept).</summary>
    private const int ReadBufferBytes = 256 * 1024;

    [ThreadStatic]
    private static byte[]? t_readBuffer;

    /// <summary>
    /// One worker per core, as PLINQ had: <c>Parallel.For</c> alone takes every pool thread it is given (the web host keeps
    /// a few more than cores ready), and renders on more threads than cores only switch more and hold more trees at once.
    /// </summary>
    private static readonly ParallelOptions PerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    private readonly ContentOptions _options;
    private readonly TimeProvider _time;
    private readonly MarkdownRenderer _markdown;
    private readonly FrontMatterReader _frontMatter;
    private readonly YamlDocumentReader _yaml;
    private readonly ContentUrlRules _urls;
    private readonly HashSet<string> _ownHosts;
    private long _version;

    public ContentSnapshotBuilder(ContentOptions options, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _frontMatter = new FrontMatterReader(options.Limits);
        _markdown = new MarkdownRenderer(options.Limits, options.EmbedHosts);
        _yaml = new YamlDocumentReader(options.Limits);
        _urls = new ContentUrlRules(options.MountTable());
        _ownHosts = new HashSet<string>(options.OwnHosts.Select(h => h.Trim().ToLowerInvariant()), StringComparer.Ordinal);
    }

    public ContentUrlRules Urls => _urls;

    /// <summary>
    /// Builds the snapshot of the tree at <paramref name="root"/>. A file unchanged (size and write time)
    /// since <paramref name="previous"/> keeps its page; any other file whose bytes are those a page of
    /// <paramref name="cache"/> was rendered from gets that page back (checked like an unchanged one:
    /// its links must still resolve the same); the rest are read and rendered.
    /// </summary>
    public ContentSnapshot Build(string root, ContentSnapshot? previous = null, RenderedPageCache? cache = null) =>
        Build(root, previous, cache is null ? null : Task.FromResult(cache), overlay: null);

    /// <summary>
    /// As <see cref="Build(string, ContentSnapshot?, RenderedPageCache?)"/>, with the cache still being read: the tree is
    /// scanned meanwhile, and the build waits for the cache only once it needs it (at 10,000 pages the two take some
    /// 200–300 ms each on a core of their own).
    /// </summary>
    public ContentSnapshot Build(string root, ContentSnapshot? previous, Task<RenderedPageCache> cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return Build(root, previous, cache, overlay: null);
    }

    /// <summary>
    /// Builds the tree as if the pages named in <paramref name="overlay"/> (path under the root → text)
    /// were written with that text: the editor checks an edited or new page before it is saved.
    /// </summary>
    public ContentSnapshot Build(string root, ContentSnapshot? previous, IReadOnlyDictionary<string, string>? overlay) =>
        Build(root, previous, cacheRead: null, overlay);

    private ContentSnapshot Build(string root, ContentSnapshot? previous, Task<RenderedPageCache>? cacheRead, IReadOnlyDictionary<string, string>? overlay)
    {
        var stopwatch = Stopwatch.StartNew();
        var fullRoot = Path.GetFullPath(root);
        var findings = new ConcurrentBag<ContentError>();
        var tally = new Tally();
        var tree = ContentTreeScanner.Scan(fullRoot, _options, _urls.Mounts);
        var files = overlay is null ? tree.Pages : WithOverlay(tree.Pages, overlay, fullRoot);

        // A build runs on a thread of its own (never on a request's): waiting here for the cache read is waiting for the
        // other core's work, not holding up a caller.
        var cache = cacheRead?.GetAwaiter().GetResult();
        var candidates = Candidates(files, previous, cache, overlay, findings, tally);
        var (pages, redirects) = PlaceAndRender(candidates, previous, findings, tally);

        var assets = tree.Assets.ToDictionary(a => a.SitePath ?? "/" + a.RelativePath, a => a.FullPath, StringComparer.Ordinal);
        pages = WithDefaultCovers(pages, assets);
        var data = ReadData(tree.DataFiles, previous, findings);
        return new ContentSnapshot(Interlocked.Increment(ref _version), fullRoot, _time.GetUtcNow(), stopwatch.Elapsed,
            pages, redirects, assets, findings, data)
        {
            RenderedPages = tally.Rendered,
            PagesFromCache = tally.FromCache,
        };
    }

    /// <summary>
    /// One candidate per readable file, in path order, with the addresses it claims: each file is looked at on its own
    /// slot of an array in one parallel pass (placement needs path order; filling slots keeps it without the ordered
    /// merge of PLINQ, which sorted and spun on the calling thread: docs/performance.md « Redémarrage : ce qui a encore
    /// bougé »).
    /// </summary>
    private List<Candidate> Candidates(IReadOnlyList<ContentFile> files, ContentSnapshot? previous, RenderedPageCache? cache,
        IReadOnlyDictionary<string, string>? overlay, ConcurrentBag<ContentError> findings, Tally tally)
    {
        var slots = new Candidate?[files.Count];
        Parallel.For(0, files.Count, PerCore, i =>
        {
            var file = files[i];
            var candidate = Unchanged(file, previous) is { } page
                ? new Candidate(file, page)
                : ReadOrFind(file, previous, cache, overlay, findings, tally);
            if (candidate is not null)
            {
                candidate.Keys = candidate.Unchanged?.Keys ?? KeysOf(candidate);
                slots[i] = candidate;
            }
        });

        var candidates = new List<Candidate>(slots.Length);
        foreach (var candidate in slots)
        {
            if (candidate is not null)
            {
                candidates.Add(candidate);
            }
        }

        return candidates;
    }

    /// <summary>
    /// A file with no unchanged page: its page from the cache when its bytes are the ones it was rendered from, else
    /// parsed; an overlaid file is parsed from the given text, never taken from the cache.
    /// </summary>
    private Candidate? ReadOrFind(ContentFile file, ContentSnapshot? previous, RenderedPageCache? cache,
        IReadOnlyDictionary<string, string>? overlay, ConcurrentBag<ContentError> findings, Tally tally)
    {
        if (overlay is not null && overlay.TryGetValue(file.RelativePath, out var given))
        {
            return Parse(file, InMemory(given, file), previous, findings, overlaid: true);
        }

        if (cache is null || !cache.Has(file.RelativePath))
        {
            return Parse(file, Read(file), previous, findings, overlaid: false);
        }

        // Read into this thread's buffer and hashed there: a page taken from the cache needs its file's bytes only for
        // their hash (10,004 files, ~100 MB at 10,000 articles, no longer allocated at each start).
        var buffer = t_readBuffer ??= new byte[ReadBufferBytes];
        // A file larger than the buffer is read into one of its own, not kept.
        var length = ContentFileReader.ReadInto(file, _options.Limits, ref buffer, out var error);
        if (length < 0)
        {
            return Parse(file, new SourceBytes(null, default, error), previous, findings, overlaid: false);
        }

        var bytes = buffer.AsSpan(0, length);
        var hash = ContentHash.Of(bytes);
        if (cache.Find(file, hash, file.HasStamp ? file.Modified : File.GetLastWriteTimeUtc(file.FullPath)) is { } cached)
        {
            Interlocked.Increment(ref tally.FromCache);
            return new Candidate(file, cached);
        }

        return Parse(file, new SourceBytes(bytes.ToArray(), hash, null), previous, findings, overlaid: false);
    }

    /// <summary>A page file's bytes and their hash (the cache's key), or why it could not be read.</summary>
    private SourceBytes Read(ContentFile file)
    {
        var bytes = ContentFileReader.ReadBytes(file, _options.Limits, out var error);
        return new SourceBytes(bytes, bytes is null ? default : ContentHash.Of(bytes), error);
    }

    /// <summary>
    /// Places every candidate and renders each page. A body refused at render (past a Markdown limit,
    /// no last good version) gives up its address: the others are placed again without it, so no
    /// redirect or link leads to a page that is not there; pages already rendered are reused when
    /// their links resolve the same. Two rounds at most.
    /// </summary>
    private (List<ContentPage> Pages, Dictionary<string, string> Redirects) PlaceAndRender(List<Candidate> candidates,
        ContentSnapshot? previous, ConcurrentBag<ContentError> findings, Tally tally)
    {
        var carried = new List<ContentError>();
        for (var round = 0; ; round++)
        {
            var found = new ConcurrentBag<ContentError>(carried);
            var (placed, redirects) = Place(candidates, found);
            var urlBySource = placed.ToDictionary(c => c.File.RelativePath, c => c.Url, StringComparer.Ordinal);
            var completed = new (Candidate Candidate, ContentPage? Page)[placed.Count];
            Parallel.For(0, placed.Count, PerCore, i => completed[i] = (placed[i], Complete(placed[i], urlBySource, previous, found, tally)));
            // Loops rather than LINQ over the pairs: LINQ's code for a tuple of them is not precompiled.
            var refused = new HashSet<Candidate>();
            var pages = new List<ContentPage>(completed.Length);
            foreach (var (candidate, page) in completed)
            {
                if (page is null)
                {
                    refused.Add(candidate);
                }
                else
                {
                    pages.Add(page);
                }
            }

            if (refused.Count == 0 || round == 1)
            {
                foreach (var finding in found)
                {
                    findings.Add(finding);
                }

                return (pages, redirects);
            }

            var refusedFiles = refused.Select(c => c.File.RelativePath).ToHashSet(StringComparer.Ordinal);
            carried.AddRange(found.Where(f => refusedFiles.Contains(f.File)));
            var rendered = completed.Where(x => x.Page is not null && x.Candidate.Kept is null)
                .ToDictionary(x => x.Candidate, x => x.Page!);
            candidates = [.. candidates
                .Where(c => !refused.Contains(c))
                .Select(c => rendered.TryGetValue(c, out var page) ? new Candidate(c.File, page) { Keys = c.Keys } : c)];
        }
    }

    /// <summary>
    /// The previous snapshot's page for a file whose size and write time have not changed since: it
    /// need not be read again (whether its links still resolve the same is checked once URLs are placed).
    /// </summary>
    private static ContentPage? Unchanged(ContentFile file, ContentSnapshot? previous) =>
        file.HasStamp && previous?.PagesBySource.GetValueOrDefault(file.RelativePath) is { } page &&
        page.FileLength == file.Length && page.FileModified == file.Modified
            ? page
            : null;

    /// <summary>
    /// The page of a placed candidate: kept, reused when its links resolve as before, or parsed and
    /// rendered (one Markdown tree at a time: none is kept past its own render). Null when its body
    /// cannot be rendered and it has no last good version.
    /// </summary>
    private ContentPage? Complete(Candidate candidate, IReadOnlyDictionary<string, string> urlBySource,
        ContentSnapshot? previous, ConcurrentBag<ContentError> findings, Tally tally)
    {
        if (candidate.Kept is { } kept)
        {
            return kept;
        }

        if (candidate.Unchanged is { } unchanged)
        {
            if (PageLinkResolver.SameAnswers(unchanged.LinkLookups, urlBySource))
            {
                foreach (var finding in unchanged.FileFindings)
                {
                    findings.Add(finding);
                }

                return unchanged;
            }

            // A page it links to moved, appeared or went away: render it again from its file.
            if (Parse(candidate.File, Read(candidate.File), null, findings, overlaid: false) is not { Body: not null } fresh)
            {
                return unchanged;
            }

            fresh.Url = candidate.Url;
            candidate = fresh;
        }

        var document = ParseBody(candidate, findings);
        candidate.Body = null;
        if (document is not null)
        {
            Interlocked.Increment(ref tally.Rendered);
        }

        return document is not null
            ? Render(candidate, document, urlBySource, findings)
            : previous?.PagesBySource.GetValueOrDefault(candidate.File.RelativePath);
    }

    /// <summary>The Markdown tree of a candidate's body, or null (reported) when the body is past a limit.</summary>
    private MarkdownDocument? ParseBody(Candidate candidate, ConcurrentBag<ContentError> findings)
    {
        var file = candidate.File;
        try
        {
            var sanitized = new List<RawHtmlFinding>();
            var hardLineBreaks = _urls.Mounts.PageOf(file.RelativePath)?.Mount.HardLineBreaks ?? _options.HardLineBreaks;
            var document = _markdown.Parse(candidate.Body!, sanitized, hardLineBreaks);
            AddWarnings(candidate, sanitized, findings);
            return document;
        }
        catch (MarkdownLimitException e)
        {
            // A body past a limit of ContentLimits (nesting, markup density, table size): left out, the site goes on.
            findings.Add(new ContentError(file.RelativePath, candidate.BodyLine + e.BodyLine, e.Column, ContentSeverity.Error, e.Message));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Markdig refuses bodies nested past its depth limit; the file is left out, the site goes on.
            findings.Add(new ContentError(file.RelativePath, candidate.BodyLine, 1, ContentSeverity.Error,
                "Markdown illisible : " + (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase)
                    ? "imbrication trop profonde (citations ou listes les unes dans les autres)"
                    : e.Message)));
            return null;
        }
    }

    /// <summary>
    /// Reads <c>_data/*.yaml</c> into plain values keyed by file name without extension; a malformed
    /// file is reported and keeps its last good value.
    /// </summary>
    private Dictionary<string, object?> ReadData(IReadOnlyList<ContentFile> files, ContentSnapshot? previous,
        ConcurrentBag<ContentError> findings)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = _urls.Mounts.DataNameOf(file.RelativePath) ?? Path.GetFileNameWithoutExtension(file.RelativePath);
            var text = ContentFileReader.ReadText(file, _options.Limits, out var error);
            var root = text is null ? null : _yaml.Load(text.TrimStart('\uFEFF'), file.RelativePath, firstLine: 1, out error);
            if (error is not null)
            {
                findings.Add(error);
                if (previous?.Data.TryGetValue(name, out var lastGood) == true)
                {
                    data.TryAdd(name, lastGood);
                }

                continue;
            }

            data.TryAdd(name, root is null ? null : YamlDocumentReader.ToValue(root));
        }

        return data;
    }

    /// <summary>The scanned pages with the overlaid ones (unstamped, so never reused) in their place, and new ones a page mount takes.</summary>
    private List<ContentFile> WithOverlay(IReadOnlyList<ContentFile> pages, IReadOnlyDictionary<string, string> overlay, string root)
    {
        var given = overlay.Keys.Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && _urls.Mounts.PageOf(path) is not null)
            .ToDictionary(path => path, path => new ContentFile(path, Path.Combine(root, path)), StringComparer.Ordinal);
        return [.. pages.Where(file => !given.ContainsKey(file.RelativePath)).Concat(given.Values)
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)];
    }

    private Candidate? Parse(ContentFile file, SourceBytes read, ContentSnapshot? previous, ConcurrentBag<ContentError> findings,
        bool overlaid)
    {
        var readError = read.Error;
        var text = read.Bytes is null ? null : ContentFileReader.Decode(file, read.Bytes, out readError);
        var result = text is null ? null : _frontMatter.Read(text, file.RelativePath);
        var errors = readError is not null ? [readError] : result!.Errors;
        var own = new List<ContentError>();
        void Report(ContentError error)
        {
            own.Add(error);
            findings.Add(error);
        }

        foreach (var error in errors)
        {
            Report(error);
        }

        if (result is null || result.IsRejected)
        {
            return previous?.PagesBySource.GetValueOrDefault(file.RelativePath) is { } lastGood
                ? KeepLastGood(file, lastGood)
                : null;
        }

        var frontMatter = result.FrontMatter;
        if (frontMatter.Layout is { } layout && _options.KnownLayouts is { } known && !known.Contains(layout))
        {
            Report(new ContentError(file.RelativePath, 1, 1, ContentSeverity.Error,
                $"gabarit « {layout} » inconnu (gabarits connus : {string.Join(", ", known.Order(StringComparer.Ordinal))})"));
        }

        return new Candidate(file)
        {
            FrontMatter = frontMatter,
            Body = result.Body,
            BodyLine = result.BodyLine,
            Modified = file.HasStamp ? file.Modified : overlaid ? _time.GetUtcNow() : File.GetLastWriteTimeUtc(file.FullPath),
            Findings = own,
            SourceHash = read.Hash,
        };
    }

    /// <summary>Text given in memory, refused as a file would be when past the size limit or binary.</summary>
    /// <summary>An overlaid page's text as the bytes a file would hold, or why it could not be a page file.</summary>
    private SourceBytes InMemory(string text, ContentFile file)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        // A NUL or broken UTF-8 is found, with its line, by ContentFileReader.Decode as for a file.
        var error = bytes.Length > _options.Limits.MaxFileBytes
            ? new ContentError(file.RelativePath, 1, 1, ContentSeverity.Error, $"fichier trop gros (au plus {_options.Limits.MaxFileBytes / 1024} Kio)")
            : null;
        return error is null ? new SourceBytes(bytes, ContentHash.Of(bytes), null) : new SourceBytes(null, default, error);
    }

    private static Candidate KeepLastGood(ContentFile file, ContentPage lastGood) => new(file)
    {
        FrontMatter = lastGood.FrontMatter,
        Kept = lastGood,
        Modified = lastGood.FileModified,
    };

    /// <summary>Gives each candidate its URL; reports two files claiming one URL; collects redirects.</summary>
    private static (List<Candidate> Placed, Dictionary<string, string> Redirects) Place(
        List<Candidate> candidates, ConcurrentBag<ContentError> findings)
    {
        var byUrl = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var placed = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var url = candidate.Keys.Url;
            if (url is null)
            {
                findings.Add(new ContentError(candidate.File.RelativePath, 1, 1, ContentSeverity.Error,
                    "ce nom de fichier ou de dossier n'a ni lettre ni chiffre pour en faire une adresse : " +
                    "renommez-le ou donnez-lui un « slug »"));
                continue;
            }

            if (byUrl.TryGetValue(url, out var owner))
            {
                findings.Add(new ContentError(candidate.File.RelativePath, 1, 1, ContentSeverity.Error,
                    $"l'adresse {url} est déjà celle de {owner.File.RelativePath} : ce fichier n'est pas publié " +
                    "(renommez-le ou donnez-lui un « slug »)"));
                continue;
            }

            candidate.Url = url;
            byUrl[url] = candidate;
            placed.Add(candidate);
        }

        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string url)
        {
            if (key != url && !byUrl.ContainsKey(key))
            {
                redirects.TryAdd(key, url);
            }
        }

        foreach (var candidate in placed)
        {
            Add(candidate.Keys.LooseUrl, candidate.Url);
        }

        foreach (var candidate in placed)
        {
            foreach (var key in candidate.Keys.Raw)
            {
                Add(key, candidate.Url);
            }
        }

        foreach (var candidate in placed)
        {
            foreach (var (alias, path, loosePath) in candidate.Keys.Aliases)
            {
                if (byUrl.TryGetValue(path, out var owner) || byUrl.TryGetValue(loosePath, out owner))
                {
                    if (owner != candidate)
                    {
                        findings.Add(new ContentError(candidate.File.RelativePath, 1, 1, ContentSeverity.Error,
                            $"l'alias {alias} est l'adresse de la page {owner.File.RelativePath} : il est ignoré"));
                    }

                    continue;
                }

                Add(path, candidate.Url);
                Add(loosePath, candidate.Url);
            }
        }

        return (placed, redirects);
    }

    /// <summary>The addresses a candidate claims, worked out apart from the others (in parallel, or kept from its unchanged page).</summary>
    private PlacementKeys KeysOf(Candidate candidate)
    {
        var path = candidate.File.RelativePath;
        var url = candidate.Kept?.Url ?? _urls.PageUrl(path, candidate.FrontMatter.Slug);
        return new PlacementKeys(
            url,
            url is null ? "" : ContentUrlRules.LooseKey(url),
            [.. _urls.RawKeys(path), .. _urls.ExtraUrls(path, candidate.FrontMatter.Slug)],
            [.. candidate.FrontMatter.Aliases.Select(alias =>
            {
                var normalized = NormalizeAlias(alias);
                return (alias, normalized, ContentUrlRules.LooseKey(normalized));
            })]);
    }

    private static string NormalizeAlias(string alias)
    {
        var path = alias.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            path = Uri.UnescapeDataString(absolute.AbsolutePath);
        }

        path = "/" + path.Trim('/');
        return ContentUrlRules.Normalize(path);
    }

    /// <summary>What the sanitisers removed, as warnings located in the file.</summary>
    private static void AddWarnings(Candidate candidate, List<RawHtmlFinding> sanitized, ConcurrentBag<ContentError> findings)
    {
        foreach (var finding in sanitized)
        {
            var warning = new ContentError(candidate.File.RelativePath, candidate.BodyLine + finding.Line, finding.Column,
                ContentSeverity.Warning, finding.Message);
            candidate.Findings.Add(warning);
            findings.Add(warning);
        }
    }

    private ContentPage Render(Candidate candidate, MarkdownDocument document, IReadOnlyDictionary<string, string> urlBySource,
        ConcurrentBag<ContentError> findings)
    {
        var frontMatter = candidate.FrontMatter;
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var collection = _urls.CollectionOf(candidate.File.RelativePath);
        if (collection is not null && heading is not null && document.Count > 0 && ReferenceEquals(document[0], heading))
        {
            // An article's view shows its title above its date and authors: a leading « # Titre » would repeat it.
            document.RemoveAt(0);
        }

        var firstParagraph = document.Descendants<ParagraphBlock>()
            .Select(PlainText.Of).FirstOrDefault(text => text.Length > 0);

        var title = frontMatter.Title ?? (heading is null ? null : PlainText.Of(heading));
        if (string.IsNullOrWhiteSpace(title))
        {
            title = FallbackTitle(candidate.File.RelativePath);
        }

        var summary = frontMatter.Summary ?? PlainText.Truncate(firstParagraph ?? "", SummaryLength);
        var links = new List<PageLink>();
        var resolver = new PageLinkResolver(candidate.File.RelativePath, urlBySource, _ownHosts);
        var cover = frontMatter.Image is { } image ? resolver.Resolve(image, isImage: true) ?? SitePathHref(image) : null;
        var words = document.Descendants<LeafBlock>().Sum(PlainText.CountWords);
        var sanitized = new List<RawHtmlFinding>();
        var html = _markdown.Render(document, resolver, candidate.BodyLine, links, sanitized);
        var text = _options.CollectBodyText ? _markdown.Text(document) : null;
        AddWarnings(candidate, sanitized, findings);
        return new ContentPage
        {
            SourcePath = candidate.File.RelativePath,
            Url = candidate.Url,
            FrontMatter = frontMatter,
            Title = title,
            Description = frontMatter.Description ?? PlainText.Truncate(summary, DescriptionLength),
            Summary = summary,
            Html = html,
            Text = text,
            HasOwnHeading = heading is not null && collection is null,
            Links = links,
            Cover = cover,
            WordCount = words,
            Collection = collection,
            FileModified = candidate.Modified,
            FileLength = candidate.File.Length,
            FileFindings = candidate.Findings,
            LinkLookups = resolver.Lookups,
            Keys = candidate.Keys,
            SourceHash = candidate.SourceHash,
        };
    }

    /// <summary>
    /// A site path as written in front matter (<c>/contenu/articles/2026/images/Capture d’écran.png</c>, or
    /// already percent-encoded) encoded once for an attribute; an absolute URL as is.
    /// </summary>
    private static string SitePathHref(string written) =>
        written.StartsWith('/') && !written.StartsWith("//", StringComparison.Ordinal)
            ? UrlPath.ForHref(UrlPath.Decode(written.Trim()))
            : written;

    /// <summary>
    /// Gives a collection entry with no <c>image</c> its collection's default cover
    /// (<see cref="ContentMount.Cover"/>, <c>{id}</c> = file name without <c>.md</c>) when that file is
    /// in the tree. Decided at each build, so a cover added or removed later is seen without the page
    /// being rendered again.
    /// </summary>
    private List<ContentPage> WithDefaultCovers(List<ContentPage> pages, Dictionary<string, string> assets)
    {
        if (!_urls.Mounts.Mounts.Any(m => m.Kind == MountKind.Collection && !string.IsNullOrWhiteSpace(m.Cover)))
        {
            return pages;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (page.FrontMatter.Image is not null || page.Collection is null ||
                _urls.CollectionMountOf(page.SourcePath) is not { Cover: { Length: > 0 } pattern })
            {
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(page.SourcePath);
            var path = ContentUrlRules.Normalize(pattern.Replace("{id}", id, StringComparison.Ordinal));
            var cover = assets.ContainsKey(path) ? UrlPath.ForHref(path) : null;
            if (cover != page.Cover)
            {
                pages[i] = page with { Cover = cover };
            }
        }

        return pages;
    }

    /// <summary>The file name, as an editor wrote it: <c>blog/2021/Vélo_électrique.md</c> → <c>Vélo électrique</c>.</summary>
    private static string FallbackTitle(string sourcePath)
    {
        var segments = sourcePath[..^3].Split('/');
        var name = segments[^1] is "index" or "_index" && segments.Length > 1 ? segments[^2] : segments[^1];
        name = name.Replace('_', ' ').Replace('-', ' ').Trim();
        return name.Length == 0 ? sourcePath : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private sealed class Candidate(ContentFile file, ContentPage? unchanged = null)
    {
        public ContentFile File { get; } = file;
        public FrontMatter FrontMatter { get; init; } = unchanged?.FrontMatter ?? FrontMatter.Empty;
        /// <summary>
        /// The Markdown body, kept as text until it is parsed, then let go (null for kept and unchanged
        /// pages): at 10,000 articles the bodies weigh some 100 MB in memory.
        /// </summary>
        public string? Body { get; set; }
        public int BodyLine { get; init; }
        public DateTimeOffset Modified { get; init; }

        /// <summary>XxHash128 of the file's bytes as read (see <see cref="ContentPage.SourceHash"/>).</summary>
        public ContentHash SourceHash { get; init; }
        /// <summary>What was found in the file itself (its own lines).</summary>
        public List<ContentError> Findings { get; init; } = [];

        /// <summary>The last good version of a file that no longer parses.</summary>
        public ContentPage? Kept { get; init; }

        /// <summary>The previous snapshot's page of a file that has not changed.</summary>
        public ContentPage? Unchanged { get; } = unchanged;

        public string Url { get; set; } = "";

        /// <summary>The addresses it claims (see <see cref="KeysOf"/>).</summary>
        public PlacementKeys Keys { get; set; } = PlacementKeys.None;
    }

    /// <summary>A page file as read: its bytes (null when unreadable, with the error) and their XxHash128.</summary>
    private readonly record struct SourceBytes(byte[]? Bytes, ContentHash Hash, ContentError? Error);

    /// <summary>What one build did: pages rendered, pages taken from the cache.</summary>
    private sealed class Tally
    {
        public int Rendered;
        public int FromCache;
    }
}
