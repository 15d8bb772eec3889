using FabMob.Web.Configuration;
using FabMob.Web.Wiki;
using Microsoft.Extensions.Options;

namespace FabMob.Web.DataPages;

/// <summary>
/// The catalogue used when no wiki client is registered: every page is its id made readable
/// (<c>_</c> → space), linking to the wiki's page when <c>Site:Wiki:ApiUrl</c> names a wiki.
/// </summary>
public sealed class ReadableWikiCatalog(IOptions<SiteOptions> site) : IWikiCatalog
{
    public WikiSummary Find(string pageId)
    {
        ArgumentNullException.ThrowIfNull(pageId);
        return new WikiSummary(pageId, pageId.Replace('_', ' ').Trim(), PageUrl(site.Value.Wiki.ApiUrl, pageId), null, null);
    }

    /// <summary><c>https://wiki.example/api.php</c> + <c>Mon_Compte</c> → <c>https://wiki.example/wiki/Mon_Compte</c>; empty without a wiki.</summary>
    public static string PageUrl(string apiUrl, string pageId)
    {
        if (!Uri.TryCreate(apiUrl, UriKind.Absolute, out var api))
        {
            return "";
        }

        var basePath = api.AbsolutePath[..(api.AbsolutePath.LastIndexOf('/') + 1)];
        return $"{api.Scheme}://{api.Authority}{basePath}wiki/{Uri.EscapeDataString(pageId.Trim().Replace(' ', '_'))}";
    }
}
