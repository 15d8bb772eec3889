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

    /// <summary>Adds or replaces these answers; the others stay as they were.</summary>
    public void Merge(IEnumerable<WikiSummary> answers)
    {
        lock (_writing)
        {
            var next = new Dictionary<string, WikiSummary>(_answers, StringComparer.Ordinal);
            foreach (var answer in answers)
            {
                next[WikiTitle.Key(answer.Id)] = answer;
            }

            Volatile.Write(ref _answers, next.ToFrozenDictionary(StringComparer.Ordinal));
        }
    }
}
