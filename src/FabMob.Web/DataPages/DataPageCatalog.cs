using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FabMob.Content;
using FabMob.Content.Data;
using FabMob.Web.Configuration;
using FabMob.Web.Models;
using Microsoft.Extensions.Options;

namespace FabMob.Web.DataPages;

/// <summary>
/// The data pages of <c>Site:DataPages</c>, prepared once per snapshot (entries read, Markdown rendered)
/// the first time a request asks for them, and dropped with their snapshot.
/// </summary>
public sealed partial class DataPageCatalog(IOptions<SiteOptions> site, DataMarkdown markdown)
{
    private readonly ConditionalWeakTable<ContentSnapshot, SnapshotPages> _snapshots = new();

    /// <summary>The configured page at <paramref name="path"/> (normalised) whose data file exists; null otherwise.</summary>
    public PreparedDataPage? Find(ContentSnapshot snapshot, string path)
    {
        var page = site.Value.DataPages.FirstOrDefault(p => p.Path == path);
        if (page is null)
        {
            return null;
        }

        return For(snapshot).Pages.GetOrAdd(page.Path, _ => new Lazy<PreparedDataPage?>(() => Prepare(snapshot, page))).Value;
    }

    /// <summary>The events of a data file, read once per snapshot (for the home page).</summary>
    public IReadOnlyList<SiteEvent> Events(ContentSnapshot snapshot, string data) =>
        (IReadOnlyList<SiteEvent>)For(snapshot).Files.GetOrAdd("evenements:" + data, _ => new Lazy<object>(() =>
            DataFileLookup.TryFind(snapshot.Data, data, out var value) ? SiteEvent.Read(value) : Array.Empty<SiteEvent>())).Value;

    /// <summary>The communs of a data file, read once per snapshot (for the home page).</summary>
    public IReadOnlyList<Commun> Communs(ContentSnapshot snapshot, string data) =>
        (IReadOnlyList<Commun>)For(snapshot).Files.GetOrAdd("communs:" + data, _ => new Lazy<object>(() =>
            DataFileLookup.TryFind(snapshot.Data, data, out var value) ? Commun.Read(value) : Array.Empty<Commun>())).Value;

    /// <summary>The address of the configured page that shows <paramref name="data"/> with <paramref name="view"/>, if there is one.</summary>
    public string? PathOf(string data, string view) =>
        site.Value.DataPages.FirstOrDefault(p =>
            DataPageViews.Canonical(p.View) == view &&
            string.Equals(p.Data.Normalize(), data.Normalize(), StringComparison.Ordinal))?.Path;

    /// <summary>Renders Markdown of a data field against <paramref name="snapshot"/>'s pages, once per snapshot and text.</summary>
    public string RenderMarkdown(ContentSnapshot snapshot, string text, string where)
    {
        var pages = For(snapshot);
        return pages.Markdown.GetOrAdd(text, _ => new Lazy<string>(() => markdown.Render(text, pages.Links(), where))).Value;
    }

    private SnapshotPages For(ContentSnapshot snapshot) => _snapshots.GetValue(snapshot, s => new SnapshotPages(s));

    private PreparedDataPage? Prepare(ContentSnapshot snapshot, DataPage page)
    {
        if (!DataFileLookup.TryFind(snapshot.Data, page.Data, out var data))
        {
            return null;
        }

        var view = DataPageViews.Canonical(page.View) ?? DataPageViews.Cards;
        var fields = DataPageViews.Fields(view).With(page.Fields);
        var meta = new PageMeta { Title = page.Title, Description = page.Description, Path = page.Path };
        var intro = string.IsNullOrWhiteSpace(page.Intro) ? null : RenderMarkdown(snapshot, page.Intro, $"{page.Path} (Intro)");
        var groups = page.Groups.Count == 0 ? null : DataGroup.Select(data, page.Groups);
        object content = view switch
        {
            DataPageViews.People => new TeamViewModel(meta, intro, groups is null
                ? TeamGroup.Read(data, fields)
                : [.. groups.Select(g => new TeamGroup(g.Name, Person.ReadList(g.Value, fields))).Where(g => g.People.Count > 0)]),
            DataPageViews.Logos => new LogosViewModel(meta, intro,
                [.. Grouped(data, groups).Select(g => new LogoGroup(g.Name, PartnerLogo.ReadList(g.Value, fields))).Where(g => g.Logos.Count > 0)]),
            DataPageViews.Cards => new CardsViewModel(meta, intro,
                [.. Grouped(data, groups).Select(g => new CardGroup(g.Name, Cards(snapshot, page, g.Value, fields))).Where(g => g.Cards.Count > 0)]),
            DataPageViews.Events => Merged(data, groups, items => SiteEvent.Read(items, fields)),
            DataPageViews.Communs => Merged(data, groups, items => Commun.Read(items, fields)),
            DataPageViews.Publications => Merged(data, groups, items => PublicationEntry.ReadList(items, fields)),
            _ => Missions(snapshot, page, Merged(data, groups, items => Mission.ReadList(items, fields))),
        };
        return new PreparedDataPage(page, view, meta, intro, content);
    }

    /// <summary>The configured groups, or the file's own groups when it is a map of lists, or the file as one unnamed group.</summary>
    private static IEnumerable<(string? Name, object? Value)> Grouped(object? data, IReadOnlyList<DataGroup>? groups)
    {
        if (groups is not null)
        {
            return groups.Select(g => ((string?)g.Name, g.Value));
        }

        if (data is IReadOnlyDictionary<string, object?> map && map.Values.Any(v => v is IEnumerable<object?> and not IReadOnlyDictionary<string, object?>))
        {
            return map.Where(pair => pair.Value is IEnumerable<object?>).Select(pair => ((string?)pair.Key.Trim(), pair.Value));
        }

        return [(null, data)];
    }

    /// <summary>The entries of every configured group, in order, or of the whole file.</summary>
    private static List<T> Merged<T>(object? data, IReadOnlyList<DataGroup>? groups, Func<object?, IReadOnlyList<T>> read) =>
        groups is null ? [.. read(data)] : [.. groups.SelectMany(g => read(g.Value))];

    private List<CardItem> Cards(ContentSnapshot snapshot, DataPage page, object? items, DataFields fields) =>
    [
        .. DataCard.ReadList(items, fields).Select(card => new CardItem(card,
            card.Text is null ? null : RenderMarkdown(snapshot, card.Text, $"{page.Path} ({card.Title})"))),
    ];

    private MissionsContent Missions(ContentSnapshot snapshot, DataPage page, List<Mission> missions)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<MissionItem>();
        foreach (var mission in missions)
        {
            var anchor = Anchor(mission.Id) ?? SlugBuilder.Slugify(mission.Title);
            if (anchor.Length == 0)
            {
                anchor = "mission";
            }

            var unique = anchor;
            for (var n = 2; !anchors.Add(unique); n++)
            {
                unique = $"{anchor}-{n}";
            }

            items.Add(new MissionItem(mission, unique, mission.Description is null ? null
                : RenderMarkdown(snapshot, mission.Description, $"{page.Path} (mission {unique})")));
        }

        return new MissionsContent(items, Distinct(missions.Select(m => m.Commun)), Distinct(missions.Select(m => m.Poste)));
    }

    /// <summary>An id as written, whitespace runs made <c>-</c> (an HTML id holds no space); null when there is none.</summary>
    private static string? Anchor(string? id) => id is null ? null : Whitespace().Replace(id.Trim(), "-") is { Length: > 0 } anchor ? anchor : null;

    private static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.OfType<string>().DistinctBy(v => v.Normalize().ToUpperInvariant())];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>What one snapshot has prepared so far.</summary>
    private sealed class SnapshotPages(ContentSnapshot snapshot)
    {
        private Dictionary<string, string>? _urlBySource;

        public ConcurrentDictionary<string, Lazy<PreparedDataPage?>> Pages { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, Lazy<object>> Files { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, Lazy<string>> Markdown { get; } = new(StringComparer.Ordinal);

        /// <summary>Links of data fields resolve from the content root, to pages by their source file.</summary>
        public PageLinkResolver Links()
        {
            var urls = Volatile.Read(ref _urlBySource);
            if (urls is null)
            {
                urls = snapshot.PagesBySource.ToDictionary(pair => pair.Key, pair => pair.Value.Url, StringComparer.Ordinal);
                Volatile.Write(ref _urlBySource, urls);
            }

            return new PageLinkResolver("", urls);
        }
    }
}
