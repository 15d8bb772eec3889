using FabMob.Content;
using FabMob.Content.Redirects;

namespace FabMob.Web.Routing;

/// <summary>
/// Whether a site path leads somewhere: a page, a redirect or a file of the content tree, or one
/// of the addresses the application itself generates (<see cref="GeneratedAddresses"/>), a file of its
/// web root, or a redirect rule of <c>Site:Redirects</c> whose target leads somewhere. Used by <c>check</c> and the static export to
/// judge internal links (drafts count as existing), and by the 404 fallback to apply the rules.
/// </summary>
public sealed class SiteAddresses(IWebHostEnvironment environment, GeneratedAddresses generated, PatternRedirects redirects)
{
    /// <summary>True when <paramref name="path"/> (not encoded; query and fragment ignored) leads somewhere in <paramref name="snapshot"/>.</summary>
    public bool Exists(ContentSnapshot snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var bare = Bare(path);
        if (ServedWithoutRules(snapshot, bare))
        {
            return true;
        }

        // A rule's final address is never itself answered by a rule (see PatternRedirects.Resolve).
        return RuleTarget(snapshot, bare) is { } target && ServedWithoutRules(snapshot, Bare(target));
    }

    /// <summary>
    /// Where the rules of <c>Site:Redirects</c> send <paramref name="path"/> (decoded, no query), straight
    /// to its final canonical address (not encoded); null when no rule answers it.
    /// </summary>
    /// <param name="visible">Which pages count for a rule's <c>IfExists</c>; all by default.</param>
    public string? RuleTarget(ContentSnapshot snapshot, string path, Func<ContentPage, bool>? visible = null) =>
        redirects.Resolve(snapshot, path, target => AppAddress(snapshot, Bare(target)), visible);

    private bool ServedWithoutRules(ContentSnapshot snapshot, string bare) =>
        snapshot.Match(bare) is not ContentMatch.NotFound || AppAddress(snapshot, bare) is not null;

    /// <summary>The canonical form of an address the application serves outside the snapshot, or null.</summary>
    private string? AppAddress(ContentSnapshot snapshot, string bare) =>
        generated.CanonicalOf(snapshot, bare) ?? (environment.WebRootFileProvider.GetFileInfo(bare).Exists ? bare : null);

    private static string Bare(string path)
    {
        var bare = ContentUrlRules.Normalize(path.Split('?', '#')[0]);
        return bare.Length > 1 ? bare.TrimEnd('/') : bare;
    }
}
