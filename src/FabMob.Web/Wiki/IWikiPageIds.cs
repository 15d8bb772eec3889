namespace FabMob.Web.Wiki;

/// <summary>The wiki pages the site shows (communs, publications), as the data files name them.</summary>
public interface IWikiPageIds
{
    /// <summary>The page ids of the current content, each once.</summary>
    IReadOnlyCollection<string> Current();

    /// <summary>Raised when <see cref="Current"/> may have changed (a new content snapshot), so new pages are fetched soon.</summary>
    event Action? Changed;
}
