using System.Collections.Frozen;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

/// <summary>
/// The wiki's last good answers, in an immutable map replaced in one reference write; an id the wiki
/// never answered for gets a readable fallback (<c>_</c> → space, a link to its wiki page). Never a
/// request to the wiki: <see cref="WikiRefreshService"/> fills it in the background.
/// </summary>
internal sealed class WikiCatalog(IOptions<SiteOptions> site) : IWikiCatalog
{
    private readonly string _root = site.Value.Wiki.Root;
    private readonly Lock _writing = new();
    private FrozenDictionary<string, WikiSummary> _answers = FrozenDictionary<string, WikiSummary>.Empty;
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>The last good answers, keyed by <see cref="WikiTitle.Key"/> of their id.</summary>
    public IReadOnlyDictionary<string, WikiSummary> Answers => Volatile.Read(ref _answers);

    public WikiSummary Find(string pageId)
    {
        ArgumentNullException.ThrowIfNull(pageId);
        if (Volatile.Read(ref _answers).TryGetValue(WikiTitle.Key(pageId), out var answer))
        {
            return answer.Id == pageId ? answer : answer with { Id = pageId };
        }

        return Fallback(pageId);
    }

    /// <summary>What is shown of a page the wiki never answered for.</summary>
    public WikiSummary Fallback(string pageId)
    {
        var title = WikiTitle.Readable(pageId);
        return new WikiSummary(pageId, title.Length > 0 ? title : pageId, WikiTitle.PageUrl(_root, pageId), null, null);
    }

    /// <summary>Adds or replaces these answers, the others staying as they were; <see cref="Version"/> moves only if one changed.</summary>
    public void Merge(IEnumerable<WikiSummary> answers)
    {
        lock (_writing)
        {
            var next = new Dictionary<string, WikiSummary>(_answers, StringComparer.Ordinal);
            var changed = false;
            foreach (var answer in answers)
            {
                var key = WikiTitle.Key(answer.Id);
                changed |= !next.TryGetValue(key, out var known) || known != answer;
                next[key] = answer;
            }

            if (changed)
            {
                Volatile.Write(ref _answers, next.ToFrozenDictionary(StringComparer.Ordinal));
                Interlocked.Increment(ref _version);
            }
        }
    }
}
