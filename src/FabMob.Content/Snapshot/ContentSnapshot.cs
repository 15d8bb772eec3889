using FabMob.Content.Addresses;

namespace FabMob.Content.Snapshot;

/// <summary>
/// The whole site at one moment: pages, redirects, assets and findings. Immutable; a content
/// change builds a new snapshot that replaces this one in one reference swap, so a request always
/// sees one whole site.
/// </summary>
public sealed class ContentSnapshot
{
    public ContentSnapshot(long version, string root, DateTimeOffset builtAt, TimeSpan buildTime,
        IEnumerable<ContentPage> pages, IReadOnlyDictionary<string, string> redirects,
        IReadOnlyDictionary<string, string> assets, IEnumerable<ContentError> findings,
        IReadOnlyDictionary<string, object?>? data = null)
    {
        Version = version;
        Root = root;
        BuiltAt = builtAt;
        BuildTime = buildTime;
        Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
        // Plain dictionaries, never written after this constructor (safe to read from any thread):
        // a frozen dictionary reads a little faster but costs three times as long to build, on every
        // rebuild, and responses come from the cache anyway.
        PagesByUrl = Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        PagesBySource = Pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        Redirects = new Dictionary<string, string>(redirects, StringComparer.Ordinal);
        Assets = new Dictionary<string, string>(assets, StringComparer.Ordinal);
        Findings = [.. findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)];
        Data = new Dictionary<string, object?>(data ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
        var newestFirst = NewestFirst.Sort(Pages);
        _entries = newestFirst
            .Where(p => p.Collection is not null)
            .GroupBy(p => p.Collection!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new EntryList(g), StringComparer.Ordinal);
        Collections = _entries.ToDictionary(pair => pair.Key, pair => pair.Value.All, StringComparer.Ordinal);
        Tags = new Taxonomy(newestFirst, p => p.FrontMatter.Tags);
        Categories = new Taxonomy(newestFirst, p => p.FrontMatter.Categories);
    }

    private readonly Dictionary<string, EntryList> _entries;

    /// <summary>How many pages this build parsed and rendered (the others were unchanged, or came from the cache).</summary>
    public int RenderedPages { get; init; }

    /// <summary>How many pages this build took from the snapshot cache instead of rendering them.</summary>
    public int PagesFromCache { get; init; }

    /// <summary>
    /// How many dated collection entries have their date at or before <paramref name="now"/>: it changes
    /// exactly when a scheduled entry becomes public, so it marks what may be cached until then.
    /// </summary>
    public int DatedEntriesAt(DateTimeOffset now) => _entries.Values.Sum(entries => entries.DatedAt(now));

    /// <summary>The data files of <c>_data/</c>, by name without extension, as plain values (lists, maps, strings…).</summary>
    public IReadOnlyDictionary<string, object?> Data { get; }

    /// <summary>Entries of each collection (its own index page excepted), newest first, drafts and scheduled included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ContentPage>> Collections { get; }

    public Taxonomy Tags { get; }
    public Taxonomy Categories { get; }

    /// <summary>
    /// The entries of <paramref name="collection"/> the public sees at <paramref name="now"/>, newest first.
    /// Computed once per moment a scheduled entry becomes public, not per call.
    /// </summary>
    public IReadOnlyList<ContentPage> Published(string collection, DateTimeOffset now, bool includeUnpublished = false) =>
        _entries.TryGetValue(collection, out var entries)
            ? includeUnpublished ? entries.All : entries.At(now)
            : [];

    /// <summary>Increases with each snapshot built by one host.</summary>
    public long Version { get; }

    /// <summary>The content root this snapshot was read from.</summary>
    public string Root { get; }

    public DateTimeOffset BuiltAt { get; }
    public TimeSpan BuildTime { get; }
    public IReadOnlyList<ContentPage> Pages { get; }
    public IReadOnlyDictionary<string, ContentPage> PagesByUrl { get; }
    public IReadOnlyDictionary<string, ContentPage> PagesBySource { get; }

    /// <summary>Loose key (see <see cref="ContentUrlRules.LooseKey"/>) or alias → canonical URL.</summary>
    public IReadOnlyDictionary<string, string> Redirects { get; }

    /// <summary>Site path → full path of a non-page file.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    /// <summary>Every error and warning found while building, sorted by file and line.</summary>
    public IReadOnlyList<ContentError> Findings { get; }

    public int ErrorCount => Findings.Count(f => f.Severity == ContentSeverity.Error);

    /// <summary>
    /// Finds what a percent-decoded request path leads to: the page at its canonical URL (NFD
    /// spellings included), a non-page file, or a redirect when the path differs from a canonical
    /// URL only by case, trailing slash, raw file name, year folder or an alias.
    /// </summary>
    public ContentMatch Match(string path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Contains('\0'))
        {
            return ContentMatch.NotFound.Instance;
        }

        var normalized = ContentUrlRules.Normalize(path);
        if (PagesByUrl.TryGetValue(normalized, out var page))
        {
            return new ContentMatch.Page(page);
        }

        if (Assets.TryGetValue(normalized, out var asset))
        {
            return new ContentMatch.Asset(asset);
        }

        if (Redirects.TryGetValue(normalized, out var target))
        {
            return new ContentMatch.Redirect(target);
        }

        var loose = ContentUrlRules.LooseKey(normalized);
        if (loose != normalized && (PagesByUrl.ContainsKey(loose) || Redirects.TryGetValue(loose, out loose)))
        {
            return new ContentMatch.Redirect(loose!);
        }

        return ContentMatch.NotFound.Instance;
    }
}
