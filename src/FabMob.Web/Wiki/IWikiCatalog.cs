namespace FabMob.Web.Wiki;

/// <summary>What the site knows of the wiki's pages, answered from memory (never a request to the wiki).</summary>
public interface IWikiCatalog
{
    /// <summary>The page's summary: the last good answer of the wiki, or a readable fallback.</summary>
    WikiSummary Find(string pageId);

    /// <summary>
    /// Changes whenever an answer changes, so that what was rendered from older answers (the response
    /// cache) is made again: the wiki's answers change without any change to the content.
    /// </summary>
    long Version { get; }
}
