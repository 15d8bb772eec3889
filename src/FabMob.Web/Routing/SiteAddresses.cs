using FabMob.Content;

namespace FabMob.Web.Routing;

/// <summary>
/// Whether a site path leads somewhere: a page, a redirect or a file of the content tree, or one
/// of the addresses the application itself serves (lists, feeds, data pages…). Used by <c>check</c>
/// and the static export to judge internal links.
/// </summary>
public sealed class SiteAddresses
{
    /// <summary>True when <paramref name="path"/> (not encoded, no query string) leads somewhere in <paramref name="snapshot"/>.</summary>
    public bool Exists(ContentSnapshot snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var bare = path.Split('?', '#')[0];
        return snapshot.Match(bare) is not ContentMatch.NotFound;
    }
}
