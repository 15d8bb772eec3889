using System.Collections.Frozen;

namespace FabMob.Content;

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
        PagesByUrl = Pages.ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        PagesBySource = Pages.ToFrozenDictionary(p => p.SourcePath, StringComparer.Ordinal);
        Redirects = redirects.ToFrozenDictionary(StringComparer.Ordinal);
        Assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
        Findings = [.. findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)];
        Data = (data ?? new Dictionary<string, object?>()).ToFrozenDictionary(StringComparer.Ordinal);
        _entries = Pages
            .Where(p => p.Collection is not null)
            .GroupBy(p => p.Collection!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new EntryList(g), StringComparer.Ordinal);
        Collections = _entries.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.All, StringComparer.Ordinal);
        Tags = new Taxonomy(Pages, p => p.FrontMatter.Tags);
        Categories = new Taxonomy(Pages, p => p.FrontMatter.Categories);
    }

    private readonly FrozenDictionary<string, EntryList> _entries;

    /// <summary>
    /// How many dated collection entries have their date at or before <paramref name="now"/>: it changes
    /// exactly when a scheduled entry becomes public, so it marks what may be cached until then.
    /// </summary>
    public int DatedEntriesAt(DateTimeOffset now) => _entries.Values.Sum(entries => entries.DatedAt(now));

    /// <summary>The data files of <c>_data/</c>, by name without extension, as plain values (lists, maps, strings…).</summary>
    public FrozenDictionary<string, object?> Data { get; }

    /// <summary>Entries of each collection (its own index page excepted), newest first, drafts and scheduled included.</summary>
    public FrozenDictionary<string, IReadOnlyList<ContentPage>> Collections { get; }

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
    public FrozenDictionary<string, ContentPage> PagesByUrl { get; }
    public FrozenDictionary<string, ContentPage> PagesBySource { get; }

    /// <summary>Loose key (see <see cref="ContentUrlRules.LooseKey"/>) or alias → canonical URL.</summary>
    public FrozenDictionary<string, string> Redirects { get; }

    /// <summary>Site path → full path of a non-page file.</summary>
    public FrozenDictionary<string, string> Assets { get; }

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
